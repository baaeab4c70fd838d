// Reads for the scheme editor (admins): every scheme, drafts included, with what the list
// and the form show, and a scheme's own history.
import type { Db } from "@/lib/db";
import { schemeInclude, toSchemeDef } from "@/lib/evaluations/schemes";

export async function schemeList(db: Db) {
  const rows = await db.scheme.findMany({
    orderBy: [{ validFromYear: "desc" }, { code: "asc" }],
    include: { categories: { orderBy: { rank: "asc" }, select: { name: true } }, _count: { select: { evaluations: true } } },
  });
  return rows.map((s) => ({
    code: s.code,
    name: s.name,
    status: s.status,
    provisional: s.provisional,
    validFromYear: s.validFromYear,
    validToYear: s.validToYear,
    scale: `${s.scaleMin.toNumber().toLocaleString("id-ID")}–${s.scaleMax.toNumber().toLocaleString("id-ID")}`,
    categories: s.categories.map((c) => c.name),
    results: s._count.evaluations,
  }));
}
export type SchemeListRow = Awaited<ReturnType<typeof schemeList>>[number];

/** A scheme as its form edits it, with its status, version and how many results it holds; null when unknown. */
export async function schemeForEdit(db: Db, code: string) {
  const row = await db.scheme.findUnique({ where: { code }, include: { ...schemeInclude, _count: { select: { evaluations: true } } } });
  if (!row) return null;
  return {
    id: row.id,
    def: toSchemeDef(row),
    description: row.description,
    status: row.status,
    version: row.version,
    results: row._count.evaluations,
  };
}
