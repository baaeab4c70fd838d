// Reads the published record from the database into a Dataset (plain values only), whole
// or, after a write, only for the institutions it touched. Two flat queries (institutions
// with their alias keys, published evaluations with their scheme and category codes)
// rather than nested relation loading: at national scale the nested form sends every id
// back to the server in IN lists, several times over.
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { compareRounds } from "@/lib/merit";
import type { Dataset, DatasetEvaluation, DatasetInstitution, Round } from "@/lib/public/dataset";
import { activeScheme, schemeInclude, toSchemeDef } from "@/lib/evaluations/schemes";

type InstitutionRow = Omit<DatasetInstitution, "evaluations"> & { id: string };
type EvaluationRow = Omit<DatasetEvaluation, "status"> & { institutionId: string; status: DatasetEvaluation["status"] };

// The rows of every institution, or of those with the given slugs.
const institutionRows = (db: Db, slugs?: string[]) => db.$queryRaw<InstitutionRow[]>`
  SELECT i."id", i."slug", i."name", i."shortName", i."type"::text AS "type", i."status"::text AS "status",
    i."provinceCode", COALESCE(k."keys", '{}') AS "keys"
  FROM "Institution" i
  LEFT JOIN (SELECT "institutionId", array_agg("normalized") AS "keys" FROM "InstitutionAlias" GROUP BY "institutionId") k
    ON k."institutionId" = i."id"
  ${slugs ? Prisma.sql`WHERE i."slug" IN (${Prisma.join(slugs)})` : Prisma.empty}`;

const evaluationRows = (db: Db, slugs?: string[]) => db.$queryRaw<EvaluationRow[]>`
  SELECT e."institutionId", r."code" AS "round", e."year", s."code" AS "schemeCode", e."status"::text AS "status",
    e."notEvaluatedReason"::text AS "notEvaluatedReason", e."score"::float8 AS "score", c."code" AS "categoryCode"
  FROM "Evaluation" e
  JOIN "Scheme" s ON s."id" = e."schemeId"
  JOIN "EvaluationRound" r ON r."id" = e."roundId"
  LEFT JOIN "SchemeCategory" c ON c."id" = e."categoryId"
  ${slugs ? Prisma.sql`JOIN "Institution" i ON i."id" = e."institutionId" AND i."slug" IN (${Prisma.join(slugs)})` : Prisma.empty}
  WHERE e."publication" = 'published'
  ORDER BY e."institutionId", e."year" ASC, r."announcedOn" ASC NULLS FIRST, r."code" ASC`;

const roundRows = async (db: Db): Promise<Round[]> => {
  const rows = await db.$queryRaw<(Omit<Round, "evaluator"> & { evaluator: Round["evaluator"] })[]>`
    SELECT r."code", r."year", s."code" AS "schemeCode", r."evaluator"::text AS "evaluator", to_char(r."announcedOn", 'YYYY-MM-DD') AS "announcedOn",
      r."name", r."nameEn", r."city", r."venue", r."sangatBaikCount", r."baikCount", r."totalCount", r."breakdown", r."notes", COALESCE(r."sourceUrls", '{}') AS "sourceUrls"
    FROM "EvaluationRound" r JOIN "Scheme" s ON s."id" = r."schemeId"`;
  return rows.sort(compareRounds);
};

const newestChange = async (db: Db) =>
  (await db.evaluation.findFirst({ where: { publication: "published" }, orderBy: { updatedAt: "desc" }, select: { updatedAt: true } }))?.updatedAt.toISOString() ?? null;

/** Institutions in one order whichever way they were loaded: by name, then slug (code units, not the database's collation). */
const before = (a: DatasetInstitution, b: DatasetInstitution) => (a.name !== b.name ? (a.name < b.name ? -1 : 1) : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

function assemble(institutions: InstitutionRow[], evaluations: EvaluationRow[]): DatasetInstitution[] {
  const byInstitution = new Map<string, DatasetEvaluation[]>();
  for (const { institutionId, ...e } of evaluations) {
    const list = byInstitution.get(institutionId);
    if (list) list.push(e);
    else byInstitution.set(institutionId, [e]);
  }
  return institutions.map(({ id, ...i }) => ({ ...i, evaluations: byInstitution.get(id) ?? [] })).sort(before);
}

export async function loadDataset(db: Db): Promise<Dataset> {
  const [schemes, provinces, institutions, evaluations, rounds, updatedAt] = await Promise.all([
    db.scheme.findMany({ where: activeScheme, include: schemeInclude, orderBy: { validFromYear: "asc" } }),
    db.province.findMany({ orderBy: { name: "asc" } }),
    institutionRows(db),
    evaluationRows(db),
    roundRows(db),
    newestChange(db),
  ]);
  return {
    schemes: schemes.map(toSchemeDef),
    provinces,
    institutions: assemble(institutions, evaluations),
    rounds,
    updatedAt,
  };
}

/**
 * `held` with the institutions at `slugs` read again (a write's institutions: changed,
 * added, renamed to or from the slug, or gone) and everything else kept as it is, the same
 * objects included. Equal to a full load when only those institutions changed since `held`.
 */
export async function refreshDataset(db: Db, held: Dataset, slugs: string[]): Promise<Dataset> {
  if (slugs.length === 0) return held;
  // Rounds are few, and an import may have added one: read them all again.
  const [institutions, evaluations, rounds, updatedAt] = await Promise.all([institutionRows(db, slugs), evaluationRows(db, slugs), roundRows(db), newestChange(db)]);
  const fresh = assemble(institutions, evaluations);
  const gone = new Set(slugs);
  const kept = held.institutions.filter((i) => !gone.has(i.slug));
  // Two sorted lists into one.
  const merged: DatasetInstitution[] = [];
  let k = 0;
  for (const f of fresh) {
    while (k < kept.length && before(kept[k], f) <= 0) merged.push(kept[k++]);
    merged.push(f);
  }
  while (k < kept.length) merged.push(kept[k++]);
  return { ...held, institutions: merged, rounds, updatedAt };
}
