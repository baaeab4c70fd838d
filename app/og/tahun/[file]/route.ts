// GET /og/tahun/{year}.png — the social card of a year's results (?lang=en in English).
import { connection } from "next/server";
import { cardResponse, fileStem, localeOf } from "@/lib/share/card-response";
import { yearCardPng } from "@/components/share/card-image";
import { isYear } from "@/lib/queries/arguments";

export async function GET(request: Request, { params }: RouteContext<"/og/tahun/[file]">) {
  await connection();
  const year = Number(fileStem((await params).file, ".png"));
  return cardResponse(isYear(year) ? await yearCardPng(year, localeOf(request)) : null);
}
