// GET /embed/instansi/{slug} — the institution's chart for other sites' iframes (?lang=en in English).
import { connection } from "next/server";
import { isSlug } from "@/lib/public/slug";
import { embedResponse, institutionEmbedHtml } from "@/components/share/embed";
import { localeOf } from "@/lib/share/card-response";

export async function GET(request: Request, { params }: RouteContext<"/embed/instansi/[slug]">) {
  await connection();
  const { slug } = await params;
  return embedResponse(isSlug(slug) ? await institutionEmbedHtml(slug, localeOf(request)) : null);
}
