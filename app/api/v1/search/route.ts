// GET /api/v1/search?q= — institutions whose name or alias matches, best first (at most 10).
import { SearchResult } from "@/lib/api/contract";
import { errorAnswer, jsonAnswer } from "@/lib/api/http";
import { parseParams } from "@/lib/api/params";
import { SEARCH_ROUTE } from "@/lib/api/routes";
import { getDatasetStamp } from "@/lib/cache/dataset";
import { getSearch } from "@/lib/queries/public";

export async function GET(request: Request) {
  const parsed = parseParams(new URL(request.url).searchParams, SEARCH_ROUTE.query);
  if (!parsed.ok) return errorAnswer(400, parsed.error);
  const q = parsed.values.q ?? "";
  const items = q.trim() ? await getSearch(q.trim()) : [];
  return jsonAnswer(request, SearchResult, { q, items }, await getDatasetStamp());
}
