// Steps shared by every write of evaluations, single or in bulk: check content against its
// year's scheme, load a record the actor may touch, the version check that prevents silent
// overwrites, what only an admin may do, and the verification rule applied after a write.
import { assertAdmin, assertInstitution, type Actor } from "@/lib/auth/guard";
import type { Prisma } from "@/lib/generated/prisma/client";
import { verifiedAfterWrite } from "@/lib/merit";
import { checkAgainstScheme, type EvaluationInput } from "@/lib/validation/evaluation";
import { loadSnapshot, type EvaluationContent, type EvaluationSnapshot } from "@/lib/evaluations/snapshot";
import { recordAudit } from "@/lib/audit/record";
import { roundForContent } from "@/lib/evaluations/rounds";
import { schemeForYear, type SchemeRecord } from "./evaluation-record";
import { ConflictError, InputError } from "./result";

type Tx = Prisma.TransactionClient;

export async function checkedContent(tx: Tx, actor: Actor, input: EvaluationInput): Promise<{ content: EvaluationContent; scheme: SchemeRecord; roundId: string }> {
  const scheme = await schemeForYear(tx, input.year);
  const { errors, categoryCode } = checkAgainstScheme(input, scheme?.def ?? null);
  if (!scheme || Object.keys(errors).length) throw new InputError("Periksa isian yang ditandai.", errors);
  const round = await checkedRound(tx, actor, { year: input.year, round: input.round, evaluator: input.evaluator, announcedAt: input.announcedAt }, scheme);
  const content: EvaluationContent = {
    year: input.year,
    round: round.code,
    status: input.status,
    notEvaluatedReason: input.status === "not_evaluated" ? input.notEvaluatedReason : null,
    score: input.score,
    selfAssessedScore: input.selfAssessedScore,
    categoryCode,
    evaluator: input.evaluator,
    announcedAt: input.announcedAt,
    note: input.note,
    aspectScores: input.aspectScores,
    subScores: input.subScores.map((s) => ({ ...s, value: s.value })),
    sources: input.sources,
  };
  return { content, scheme, roundId: round.id };
}

/** The round a result is written to (a new one recorded in the audit log), or the form's error on the round field. */
export async function checkedRound(tx: Tx, actor: Actor, content: Pick<EvaluationContent, "year" | "round" | "evaluator" | "announcedAt">, scheme: SchemeRecord, batchId?: string) {
  const round = await roundForContent(tx, content, scheme.id);
  if ("error" in round) throw new InputError("Periksa isian yang ditandai.", { round: [round.error] });
  if (round.made) await recordAudit(tx, actor, { action: "round.create", entityType: "round", entityId: round.id, year: content.year, batchId, before: null, after: round.made });
  return round;
}

/** Loads the evaluation, refuses an actor who may not touch its institution, then checks the version. */
export async function loadForWrite(tx: Tx, actor: Actor, id: string, version: number): Promise<EvaluationSnapshot & { slug: string }> {
  const row = await tx.evaluation.findUnique({ where: { id }, select: { institution: { select: { id: true, slug: true } } } });
  if (!row) throw new ConflictError(null);
  assertInstitution(actor, row.institution.id);
  // Lock the row: two saves of the same version cannot both pass the check below.
  await tx.$queryRaw`SELECT 1 FROM "Evaluation" WHERE id = ${id} FOR UPDATE`;
  const current = (await loadSnapshot(tx, id))!;
  if (current.version !== version) throw new ConflictError(current);
  return { ...current, slug: row.institution.slug };
}

/** One result per institution and round: a second one is refused with the round it clashes in. */
export async function assertRoundFree(tx: Tx, institutionId: string, roundId: string, exceptId?: string) {
  const clash = await tx.evaluation.findUnique({
    where: { institutionId_roundId: { institutionId, roundId } },
    select: { id: true, round: { select: { name: true, code: true } } },
  });
  if (clash && clash.id !== exceptId) {
    throw new InputError("Periksa isian yang ditandai.", { round: [`Instansi ini sudah memiliki hasil pada putaran ${clash.round.name} (${clash.round.code}).`] });
  }
}

/** What only an admin may do to an evaluation, in the words of the refusal ("Hanya admin yang dapat …"). */
export const ADMIN_ONLY = {
  deletePublished: "menghapus penilaian yang sudah terbit",
  publication: "menerbitkan atau menarik penilaian",
  verification: "menandai penilaian sebagai terverifikasi",
} as const;

/** A draft may be deleted by whoever may edit it; a published result only by an admin. */
export function assertMayDelete(actor: Actor, current: { publication: "draft" | "published" }) {
  if (current.publication === "published") assertAdmin(actor, ADMIN_ONLY.deletePublished);
}

export function assertMayChangePublication(actor: Actor, from: "draft" | "published", to: "draft" | "published") {
  if (from !== to) assertAdmin(actor, ADMIN_ONLY.publication);
}

/**
 * After a write of an evaluation's content, inside its transaction: stores the `verified`
 * the one rule gives (lib/merit/verification.ts) and returns the record as it now is, for
 * the audit entry. `before` is the record as it was, or null for a new one.
 */
export async function settleVerification(tx: Tx, actor: Actor, id: string, before: EvaluationSnapshot | null): Promise<EvaluationSnapshot> {
  const after = (await loadSnapshot(tx, id))!;
  if (!after.verified || verifiedAfterWrite(actor.role, before, after)) return after;
  // Not a new version: the same write, only its verification withdrawn.
  await tx.evaluation.update({ where: { id }, data: { verifiedAt: null, verifiedById: null } });
  return { ...after, verified: false };
}

/** What the person whose change withdrew verifications is told, after the usual message. */
export function withdrawnNote(count: number): string {
  if (count === 0) return "";
  const whose = count === 1 ? "nya" : ` pada ${count} penilaian`;
  return ` Tanda verifikasi${whose} dicabut; admin perlu memeriksa ulang terhadap daftar resmi.`;
}
