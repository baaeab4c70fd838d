// Reads the published record from the database into a Dataset (plain values only).
// Two flat queries (institutions with their alias keys, published evaluations with their
// scheme and category codes) rather than nested relation loading: at national scale the
// nested form sends every id back to the server in IN lists, several times over.
import type { Db } from "@/lib/db";
import type { Dataset, DatasetEvaluation, DatasetInstitution } from "@/lib/public/dataset";
import { schemeInclude, toSchemeDef } from "./schemes";

type InstitutionRow = Omit<DatasetInstitution, "evaluations"> & { id: string };
type EvaluationRow = Omit<DatasetEvaluation, "status"> & { institutionId: string; status: DatasetEvaluation["status"] };

export async function loadDataset(db: Db): Promise<Dataset> {
  const [schemes, provinces, institutions, evaluations, ceremonies, newest] = await Promise.all([
    db.scheme.findMany({ include: schemeInclude, orderBy: { validFromYear: "asc" } }),
    db.province.findMany({ orderBy: { name: "asc" } }),
    db.$queryRaw<InstitutionRow[]>`
      SELECT i."id", i."slug", i."name", i."shortName", i."type"::text AS "type", i."status"::text AS "status",
        i."provinceCode", COALESCE(k."keys", '{}') AS "keys"
      FROM "Institution" i
      LEFT JOIN (SELECT "institutionId", array_agg("normalized") AS "keys" FROM "InstitutionAlias" GROUP BY "institutionId") k
        ON k."institutionId" = i."id"
      ORDER BY i."name" ASC, i."id" ASC`,
    db.$queryRaw<EvaluationRow[]>`
      SELECT e."institutionId", e."year", s."code" AS "schemeCode", e."status"::text AS "status",
        e."notEvaluatedReason"::text AS "notEvaluatedReason", e."score"::float8 AS "score", c."code" AS "categoryCode"
      FROM "Evaluation" e
      JOIN "Scheme" s ON s."id" = e."schemeId"
      LEFT JOIN "SchemeCategory" c ON c."id" = e."categoryId"
      WHERE e."publication" = 'published'
      ORDER BY e."institutionId", e."year" ASC`,
    db.ceremony.findMany({ orderBy: { roundYear: "asc" } }),
    db.evaluation.findFirst({ where: { publication: "published" }, orderBy: { updatedAt: "desc" }, select: { updatedAt: true } }),
  ]);
  const byInstitution = new Map<string, DatasetEvaluation[]>();
  for (const { institutionId, ...e } of evaluations) {
    const list = byInstitution.get(institutionId);
    if (list) list.push(e);
    else byInstitution.set(institutionId, [e]);
  }
  return {
    schemes: schemes.map(toSchemeDef),
    provinces,
    institutions: institutions.map(({ id, ...i }) => ({ ...i, evaluations: byInstitution.get(id) ?? [] })),
    ceremonies: ceremonies.map((c) => ({ ...c, date: c.date.toISOString().slice(0, 10) })),
    updatedAt: newest?.updatedAt.toISOString() ?? null,
  };
}
