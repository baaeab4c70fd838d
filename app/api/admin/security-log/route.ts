// GET /api/admin/security-log?akun=&jenis= — the security log as CSV, newest first, with
// the filters of the workspace page (admins only). Cells are neutralised like every CSV
// the app writes: an email or user agent is the client's own text.
import { adminRoute } from "@/lib/api/staff-route";
import { toCsv } from "@/lib/csv";
import { securityEventsForExport, securityLogFilterSchema } from "@/lib/queries/security-log";

const HEADER = ["waktu", "jenis", "akun", "oleh", "alamat_klien", "user_agent", "rincian"];

export const GET = adminRoute("mengekspor log keamanan", async (request, actor, db) => {
  const parsed = securityLogFilterSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    return Response.json({ error: "bad_request", issues: parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })) }, { status: 400 });
  }
  const rows = await securityEventsForExport(db, actor, parsed.data);
  const csv = toCsv(
    HEADER,
    rows.map((r) => [r.at, r.type, r.email, r.actorEmail, r.clientAddress, r.userAgent, r.detail]),
  );
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "cache-control": "private, no-store",
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="log-keamanan-${stamp}.csv"`,
    },
  });
});
