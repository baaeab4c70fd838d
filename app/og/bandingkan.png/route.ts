// GET /og/bandingkan.png?i=a,b — the social card of a comparison (&lang=en in English).
import { connection } from "next/server";
import { parseCompareSlugs } from "@/lib/public/compare-slugs";
import { compareCardPng } from "@/components/share/card-image";
import { cardResponse, localeOf } from "@/lib/share/card-response";

export async function GET(request: Request) {
  await connection();
  const slugs = parseCompareSlugs(new URL(request.url).searchParams.getAll("i"));
  return cardResponse(slugs.length ? await compareCardPng(slugs, localeOf(request)) : null);
}
