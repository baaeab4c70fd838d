// An evaluation with everything that hangs off it, as one plain snapshot: what the audit
// log stores, what a restore writes back, what a conflict shows.
import { EVALUATION_CONTENT_FIELDS, type EvaluationContentField, type SchemeDef } from "@/lib/merit";
import { Prisma } from "@/lib/generated/prisma/client";
import { schemeInclude, toSchemeDef } from "@/lib/queries/schemes";

type Tx = Prisma.TransactionClient;

export type EvaluationContent = {
  year: number;
  status: "evaluated" | "not_evaluated";
  notEvaluatedReason: "biennial_cycle" | "not_submitted" | "other" | null;
  score: number | null;
  selfAssessedScore: number | null;
  categoryCode: string | null;
  evaluator: "kasn" | "kemenpanrb_bkn" | "bkd_provinsi" | null;
  announcedAt: string | null;
  note: string | null;
  aspectScores: Record<string, number | null>;
  subScores: { code: string; name: string; value: number | null; scaleMax: number | null; label: string | null }[];
  sources: { url: string | null; title: string | null; publisher: string | null; publishedAt: string | null; documentRef: string | null }[];
};

export type EvaluationSnapshot = EvaluationContent & {
  id: string;
  institutionId: string;
  schemeCode: string;
  publication: "draft" | "published";
  verified: boolean;
  version: number;
};

const recordInclude = {
  scheme: true,
  category: true,
  aspectScores: { include: { aspect: true } },
  subScores: true,
  sources: { orderBy: { position: "asc" } },
} satisfies Prisma.EvaluationInclude;

const num = (d: Prisma.Decimal | null) => (d == null ? null : d.toNumber());
const day = (d: Date | null) => (d == null ? null : d.toISOString().slice(0, 10));

export async function loadSnapshot(tx: Tx, id: string): Promise<EvaluationSnapshot | null> {
  const e = await tx.evaluation.findUnique({ where: { id }, include: recordInclude });
  if (!e) return null;
  return {
    id: e.id,
    institutionId: e.institutionId,
    year: e.year,
    schemeCode: e.scheme.code,
    status: e.status,
    notEvaluatedReason: e.notEvaluatedReason,
    score: num(e.score),
    selfAssessedScore: num(e.selfAssessedScore),
    categoryCode: e.category?.code ?? null,
    evaluator: e.evaluator,
    announcedAt: day(e.announcedAt),
    note: e.note,
    publication: e.publication,
    verified: e.verifiedAt != null,
    version: e.version,
    aspectScores: Object.fromEntries(
      [...e.aspectScores].sort((a, b) => a.aspect.position - b.aspect.position).map((a) => [a.aspect.code, a.score.toNumber()]),
    ),
    subScores: [...e.subScores]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((s) => ({ code: s.code, name: s.name, value: s.value.toNumber(), scaleMax: num(s.scaleMax), label: s.label })),
    sources: e.sources.map((s) => ({
      url: s.url,
      title: s.title,
      publisher: s.publisher,
      publishedAt: day(s.publishedAt),
      documentRef: s.documentRef,
    })),
  };
}

export type SchemeRecord = { id: string; def: SchemeDef; categoryIds: Map<string, string>; aspectIds: Map<string, string> };

export async function schemeForYear(tx: Tx, year: number): Promise<SchemeRecord | null> {
  const s = await tx.scheme.findFirst({
    where: { validFromYear: { lte: year }, OR: [{ validToYear: null }, { validToYear: { gte: year } }] },
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

/** The columns of an evaluation row for this content under its scheme. */
export function evaluationColumns(content: EvaluationContent, scheme: SchemeRecord) {
  return {
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

/**
 * The part of a snapshot a restore writes back (publication and verification stay as they
 * are): the content fields lib/merit/verification.ts names. The return type fails to
 * compile if that list and EvaluationContent ever disagree.
 */
export function contentOf(s: EvaluationContent): EvaluationContent {
  return Object.fromEntries(EVALUATION_CONTENT_FIELDS.map((field) => [field, s[field]])) as Pick<EvaluationContent, EvaluationContentField>;
}
