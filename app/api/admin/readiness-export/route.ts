// GET /api/admin/readiness-export?institution=<slug>&year=<yyyy> — one workspace's indicators
// as CSV (one row per indicator, its evidence and comment counts), for the institution's own
// spreadsheets. Authorised like the workspace page: another institution's reads as missing.
import { z } from "zod";
import { csvResponse, toCsv } from "@/lib/api/csv";
import { staffRead } from "@/lib/api/staff-route";
import { workspaceView } from "@/lib/queries/readiness";

const params = z.object({ institution: z.string().min(1).max(120), year: z.coerce.number().int().min(2019).max(2100) });

export const GET = staffRead(params, async ({ institution, year }, actor, db) => {
  const view = await workspaceView(db, actor, institution, year);
  if (!view?.workspace) return Response.json({ error: "not_found", message: "Ruang persiapan tidak ditemukan." }, { status: 404, headers: { "cache-control": "no-store" } });
  const aspects = new Map(view.scheme.aspects.map((a) => [a.code, a.name]));
  const owners = new Map(view.staff.map((s) => [s.id, s.name]));
  const rows = view.indicators.map((i) => [
    aspects.get(i.aspectCode) ?? i.aspectCode,
    i.title,
    i.status,
    i.selfScore,
    i.maxScore,
    i.ownerId ? (owners.get(i.ownerId) ?? "") : "",
    i.dueDate ?? "",
    i.notes ?? "",
    i.evidence.length,
    i.evidence.map((e) => (e.kind === "link" ? e.url : e.title)).join(" | "),
    i.comments.length,
  ]);
  const header = ["aspect", "indicator", "status", "self_score", "max_score", "owner", "due_date", "notes", "evidence_count", "evidence", "comments"];
  return csvResponse(toCsv(header, rows), `persiapan-${institution}-${year}.csv`);
});
