// Liveness and database reachability, for load balancers and operators.
import { connection } from "next/server";
import { pingDb } from "@/lib/db";

export async function GET() {
  await connection();
  const ok = await pingDb();
  return Response.json(
    { status: ok ? "ok" : "degraded", database: ok ? "ok" : "down" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
