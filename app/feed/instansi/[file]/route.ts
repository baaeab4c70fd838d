// GET /feed/instansi/{slug}.xml — Atom feed of one institution's newly published results.
import { feedResponse, slugOfFile } from "@/lib/feeds/result-feed";

export async function GET(request: Request, { params }: RouteContext<"/feed/instansi/[file]">) {
  const slug = slugOfFile((await params).file);
  if (!slug) return new Response("Umpan tidak ditemukan.\n", { status: 404 });
  return feedResponse(request, ["institution", slug]);
}
