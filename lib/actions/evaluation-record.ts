// Writing an evaluation's content: its scheme as the rows need it, its columns and its
// child rows (the snapshot they are read back as is lib/evaluations/snapshot.ts).
import type { SchemeDef } from "@/lib/merit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EvaluationContent } from "@/lib/evaluations/snapshot";
import { activeScheme, schemeInclude, toSchemeDef } from "@/lib/evaluations/schemes";

type Tx = Prisma.TransactionClient;

export type SchemeRecord = { id: string; def: SchemeDef; categoryIds: Map<string, string>; aspectIds: Map<string, string> };

export async function schemeForYear(tx: Tx, year: number): Promise<SchemeRecord | null> {
  const s = await tx.scheme.findFirst({
    where: { ...activeScheme, validFromYear: { lte: year }, OR: [{ validToYear: null }, { validToYear: { gte: year } }] },
    include: schemeInclude,
  });
  if (!s) return null;
  return {
    id: s.id,
    def: toSchemeDef(s),
    categoryIds: new Map(s.categories.map((c) => [c.code, c.id])),
    aspectIds: new Map(s.aspects.map((a) => [a.code, a.id])),
  };
}

const date = (s: string | null) => (s == null ? null : new Date(`${s}T00:00:00Z`));

/** The columns of an evaluation row for this content under its scheme, in its round. */
export function evaluationColumns(content: EvaluationContent, scheme: SchemeRecord, roundId: string) {
  return {
    roundId,
    year: content.year,
    schemeId: scheme.id,
    status: content.status,
    notEvaluatedReason: content.notEvaluatedReason,
    score: content.score,
    selfAssessedScore: content.selfAssessedScore,
    categoryId: content.categoryCode ? (scheme.categoryIds.get(content.categoryCode) ?? null) : null,
    evaluator: content.evaluator,
    announcedAt: date(content.announcedAt),
    note: content.note,
  };
}

/** Replaces the aspect scores, sub-scores and sources of an evaluation with the content's. */
export async function replaceChildren(tx: Tx, evaluationId: string, content: EvaluationContent, scheme: SchemeRecord) {
  await tx.evaluationAspectScore.deleteMany({ where: { evaluationId } });
  await tx.evaluationSubScore.deleteMany({ where: { evaluationId } });
  await tx.source.deleteMany({ where: { evaluationId } });
  const aspects = Object.entries(content.aspectScores).flatMap(([code, score]) => {
    const aspectId = scheme.aspectIds.get(code);
    return aspectId && score != null ? [{ evaluationId, aspectId, score }] : [];
  });
  if (aspects.length) await tx.evaluationAspectScore.createMany({ data: aspects });
  const subs = content.subScores.flatMap((s) => (s.value == null ? [] : [{ evaluationId, ...s, value: s.value }]));
  if (subs.length) await tx.evaluationSubScore.createMany({ data: subs });
  if (content.sources.length) {
    await tx.source.createMany({
      data: content.sources.map((s, position) => ({ evaluationId, position, ...s, publishedAt: date(s.publishedAt) })),
    });
  }
}
