// GET /api/admin/security-log?akun=&jenis= — the security log as CSV, newest first, with
// the filters of the workspace page (admins only). Cells are neutralised like every CSV
// the app writes: an email or user agent is the client's own text.
import { toCsv } from "@/lib/api/csv";
import { currentActor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { securityEventsForExport } from "@/lib/queries/security-log";
import { securityLogFilterSchema } from "@/lib/validation/security-log";

const HEADER = ["waktu", "jenis", "akun", "oleh", "alamat_klien", "user_agent", "rincian"];

export async function GET(request: Request) {
  const actor = await currentActor();
  if (!actor) return Response.json({ error: "unauthorized", message: "Silakan masuk terlebih dahulu." }, { status: 401 });
  if (actor.role !== "admin") return Response.json({ error: "forbidden", message: "Hanya admin yang dapat mengekspor log keamanan." }, { status: 403 });
  const parsed = securityLogFilterSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json({ error: "bad_request", issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) }, { status: 400 });
  }
  const rows = await securityEventsForExport(await getDb(), actor, parsed.data);
  const csv = toCsv(HEADER, rows.map((r) => [r.at, r.type, r.email, r.actorEmail, r.clientAddress, r.userAgent, r.detail]));
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "cache-control": "private, no-store",
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="log-keamanan-${stamp}.csv"`,
    },
  });
}
