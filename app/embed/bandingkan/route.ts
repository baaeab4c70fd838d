// GET /embed/bandingkan?i=a,b — a comparison chart for other sites' iframes (&lang=en in English).
import { connection } from "next/server";
import { parseCompareSlugs } from "@/lib/public/compare-slugs";
import { compareEmbedHtml, embedResponse } from "@/components/share/embed";
import { localeOf } from "@/lib/share/card-response";

export async function GET(request: Request) {
  await connection();
  const slugs = parseCompareSlugs(new URL(request.url).searchParams.getAll("i"));
  return embedResponse(slugs.length ? await compareEmbedHtml(slugs, localeOf(request)) : null);
}
