// Database reachability and cache sync between instances, for load balancers and
// operators. 503 while the database is unreachable: writes fail, cached pages are still
// served (so don't restart the process on it).
import { connection } from "next/server";
import { Health, shape } from "@/lib/api/contract";
import { HEALTH_ROUTE } from "@/lib/api/routes";
import { cacheSyncState, databaseReachable } from "@/lib/queries/health";

export async function GET() {
  await connection();
  const ok = await databaseReachable();
  const cacheSync = cacheSyncState();
  return Response.json(shape(Health, { status: ok ? "ok" : "degraded", database: ok ? "ok" : "down", cacheSync }), {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": HEALTH_ROUTE.cacheControl },
  });
}
