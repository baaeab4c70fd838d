// GET /api/oembed?url={page}&format=json — the oEmbed answer for an institution or compare
// page: a "rich" embed whose HTML is the iframe of /embed/…. Only JSON is offered.
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { publicUrl } from "@/lib/public-url";
import { getInstitutionProfile } from "@/lib/queries/public";
import { EMBED_SIZE, embedPath, iframeCode } from "@/components/share/embed";
import { embedTargetOf } from "@/lib/share/oembed";

const text = (status: number, message: string) => new Response(`${message}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function GET(request: Request) {
  await connection();
  const query = new URL(request.url).searchParams;
  const format = query.get("format") ?? "json";
  if (format !== "json") return text(501, "Hanya format json yang tersedia.");
  const base = publicUrl();
  const target = embedTargetOf(query.get("url") ?? "", base);
  if (!target) return text(404, "Alamat itu bukan halaman instansi atau perbandingan di situs ini.");
  const t = await getTranslations({ locale: target.locale, namespace: "share.embed" });
  let title = t("compareTitle");
  if (target.kind === "institution") {
    const profile = await getInstitutionProfile(target.slug);
    if (!profile) return text(404, "Instansi tidak ditemukan.");
    title = t("title", { name: profile.name });
  }
  const src = `${base}${target.kind === "institution" ? embedPath.institution(target.slug, target.locale) : embedPath.compare(target.slugs, target.locale)}`;
  // A reader's maximum size shrinks the frame; it never grows past the chart's own.
  const bound = (name: string, own: number) => Math.min(own, Number(query.get(name)) > 0 ? Math.floor(Number(query.get(name))) : own);
  const width = bound("maxwidth", EMBED_SIZE.width);
  const height = bound("maxheight", EMBED_SIZE.height);
  return Response.json({
    version: "1.0",
    type: "rich",
    title,
    provider_name: "Jejak Merit",
    provider_url: base,
    cache_age: 86400,
    width,
    height,
    html: iframeCode(src, title, { width, height }),
  });
}
