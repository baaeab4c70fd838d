// GET /api/v1/search?q= — institutions whose name or alias matches, best first (at most 10).
import { getSearch } from "@/lib/queries/public";

export async function GET(request: Request) {
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 100);
  const items = q.trim() ? await getSearch(q.trim()) : [];
  return Response.json({ q, items });
}
