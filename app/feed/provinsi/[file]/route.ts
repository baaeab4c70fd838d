// GET /feed/provinsi/{province-slug}.xml — Atom feed of the newest published results in one province.
import { feedResponse, slugOfFile } from "@/lib/feeds/result-feed";

export async function GET(request: Request, { params }: RouteContext<"/feed/provinsi/[file]">) {
  const slug = slugOfFile((await params).file);
  if (!slug) return new Response("Umpan tidak ditemukan.\n", { status: 404 });
  return feedResponse(request, ["province", slug]);
}
