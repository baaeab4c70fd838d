// GET /sitemap.xml — every public page in both languages, including every institution.
import { connection } from "next/server";
import { getDataset } from "@/lib/cache/dataset";
import { yearsWithResults } from "@/lib/public/views";
import { localePath } from "@/lib/seo";
import { PUBLIC_CACHE_CONTROL } from "@/lib/public/freshness";

const base = () => (process.env.PUBLIC_URL ?? "http://localhost:3000").replace(/\/$/, "");
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

export async function GET() {
  await connection();
  const ds = await getDataset();
  const paths = ["/", "/instansi", "/bandingkan", "/metodologi", "/data", ...yearsWithResults(ds).map((y) => `/tahun/${y}`), ...ds.institutions.map((i) => `/instansi/${i.slug}`)];
  const urls = paths.map((p) => {
    const id = `${base()}${localePath(p, "id")}`;
    const en = `${base()}${localePath(p, "en")}`;
    return `<url><loc>${escape(id)}</loc><xhtml:link rel="alternate" hreflang="id" href="${escape(id)}"/><xhtml:link rel="alternate" hreflang="en" href="${escape(en)}"/></url>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL } });
}
