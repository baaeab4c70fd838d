// GET /api/admin/records?path=/admin/evaluasi/{id} — does the record behind a staff page
// exist for the signed-in actor? Asked by proxy.ts so a missing record answers 404.
import { z } from "zod";
import { staffRead } from "@/lib/api/staff-route";
import { isReadinessRecord, staffRecordOfPath } from "@/lib/auth/staff-record-paths";
import { readinessPageVisible } from "@/lib/queries/readiness";
import { staffRecordVisible } from "@/lib/queries/staff";

const params = z.object({ path: z.string().max(500) });

export const GET = staffRead(params, async ({ path }, actor, db) => {
  const record = staffRecordOfPath(path);
  if (!record) return { found: true };
  return { found: isReadinessRecord(record) ? await readinessPageVisible(db, actor, record.kind, record.id) : await staffRecordVisible(db, actor, record) };
});
