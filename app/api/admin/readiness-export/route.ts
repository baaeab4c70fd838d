// GET /api/admin/readiness-export?institution=<slug>&year=<yyyy>[&what=tasks] — one workspace's
// indicators as CSV (one row per indicator, its evidence and comment counts), or its follow-up
// tasks (one row per recommendation, with the indicators it concerns), for the institution's own
// spreadsheets. Authorised like the workspace page: another institution's reads as missing.
import { z } from "zod";
import { csvResponse, toCsv } from "@/lib/csv";
import { staffRead } from "@/lib/api/staff-route";
import { workspaceView, type WorkspaceView } from "@/lib/queries/readiness";

const params = z.object({
  institution: z.string().min(1).max(120),
  year: z.coerce.number().int().min(2019).max(2100),
  what: z.enum(["indicators", "tasks"]).default("indicators"),
});

export const GET = staffRead(params, async ({ institution, year, what }, actor, db) => {
  const view = await workspaceView(db, actor, institution, year);
  if (!view?.workspace) return Response.json({ error: "not_found", message: "Ruang persiapan tidak ditemukan." }, { status: 404, headers: { "cache-control": "no-store" } });
  const owners = new Map(view.staff.map((s) => [s.id, s.name]));
  const ownerName = (id: string | null) => (id ? (owners.get(id) ?? "") : "");
  if (what === "tasks") return csvResponse(tasksCsv(view, ownerName), `tindak-lanjut-${institution}-${year}.csv`);
  const aspects = new Map(view.scheme.aspects.map((a) => [a.code, a.name]));
  const rows = view.indicators.map((i) => [
    aspects.get(i.aspectCode) ?? i.aspectCode,
    i.title,
    i.status,
    i.selfScore,
    i.maxScore,
    ownerName(i.ownerId),
    i.dueDate ?? "",
    i.notes ?? "",
    i.evidence.length,
    i.evidence.map((e) => (e.kind === "link" ? e.url : e.title)).join(" | "),
    i.comments.length,
  ]);
  const header = ["aspect", "indicator", "status", "self_score", "max_score", "owner", "due_date", "notes", "evidence_count", "evidence", "comments"];
  return csvResponse(toCsv(header, rows), `persiapan-${institution}-${year}.csv`);
});

function tasksCsv(view: WorkspaceView, ownerName: (id: string | null) => string): string {
  const titles = new Map(view.indicators.map((i) => [i.id, i.title]));
  const rows = view.tasks.map((t) => [t.recommendation, t.status, ownerName(t.ownerId), t.dueDate ?? "", t.indicatorIds.map((id) => titles.get(id) ?? id).join(" | ")]);
  return toCsv(["recommendation", "status", "owner", "due_date", "indicators"], rows);
}
