// Database reachability and cache sync between instances, for load balancers and
// operators. 503 while the database is unreachable: writes fail, cached pages are still
// served (so don't restart the process on it).
import { connection } from "next/server";
import { Health, shape } from "@/lib/api/contract";
import { HEALTH_ROUTE } from "@/lib/api/routes";
import { tagSyncState } from "@/lib/cache/tag-sync";
import { pingDb } from "@/lib/db";

export async function GET() {
  await connection();
  const ok = await pingDb();
  const cacheSync = process.env.DATABASE_URL ? tagSyncState() : "single-instance";
  return Response.json(shape(Health, { status: ok ? "ok" : "degraded", database: ok ? "ok" : "down", cacheSync }), {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": HEALTH_ROUTE.cacheControl },
  });
}
