// GET /og/instansi/{slug}.png — the institution's social card (?lang=en in English).
import { connection } from "next/server";
import { cardResponse, fileStem, localeOf } from "@/lib/share/card-response";
import { institutionCardPng } from "@/components/share/card-image";
import { isSlug } from "@/lib/public/slug";

export async function GET(request: Request, { params }: RouteContext<"/og/instansi/[file]">) {
  await connection();
  const slug = fileStem((await params).file, ".png");
  return cardResponse(isSlug(slug) ? await institutionCardPng(slug, localeOf(request)) : null);
}
