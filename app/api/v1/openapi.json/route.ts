// GET /api/v1/openapi.json — the read-only API described for tools, generated from the
// schemas the routes answer with (lib/api/openapi.ts).
import { READ_CACHE_CONTROL } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";

const document = JSON.stringify(openApiDocument());

export function GET() {
  return new Response(document, { headers: { "Content-Type": "application/json", "Cache-Control": READ_CACHE_CONTROL } });
}
