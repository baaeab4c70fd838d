// An evaluation with everything that hangs off it, as one plain snapshot: what the audit
// log stores, what a restore writes back, what a conflict shows. Read by pages and written
// by actions alike, so it belongs to neither.
import { EVALUATION_CONTENT_FIELDS, type EvaluationContentField, type EvaluationStatus, type Evaluator, type NotEvaluatedReason } from "@/lib/merit";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type EvaluationContent = {
  year: number;
  /** Code of the round; null lets the write choose the year's round (lib/merit chooseRound). */
  round: string | null;
  status: EvaluationStatus;
  notEvaluatedReason: NotEvaluatedReason | null;
  score: number | null;
  selfAssessedScore: number | null;
  categoryCode: string | null;
  evaluator: Evaluator | null;
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
  round: { select: { code: true } },
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
    round: e.round.code,
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
    aspectScores: Object.fromEntries([...e.aspectScores].sort((a, b) => a.aspect.position - b.aspect.position).map((a) => [a.aspect.code, a.score.toNumber()])),
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

/**
 * The part of a snapshot a restore writes back (publication and verification stay as they
 * are): the content fields lib/merit/verification.ts names. The return type fails to
 * compile if that list and EvaluationContent ever disagree.
 */
export function contentOf(s: EvaluationContent): EvaluationContent {
  return Object.fromEntries(EVALUATION_CONTENT_FIELDS.map((field) => [field, s[field]])) as Pick<EvaluationContent, EvaluationContentField>;
}
