"use server";
// Staff writes on evaluations. Each one: session and schema (staffAction) → may this actor
// touch this institution → one transaction with its audit entry → public caches expired.
import { z } from "zod";
import { assertAdmin, assertInstitution } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record";
import { contentChanges, restoreLabel, restoreTarget } from "@/lib/audit/restore";
import { evaluationEditSchema, evaluationSchema } from "@/lib/validation/evaluation";
import { staffAction } from "./client";
import { contentOf, loadSnapshot, type EvaluationSnapshot } from "@/lib/evaluations/snapshot";
import { evaluationColumns, replaceChildren, schemeForYear } from "./evaluation-record";
import { ADMIN_ONLY, assertMayDelete, assertRoundFree, checkedContent, checkedRound, loadForWrite, settleVerification, withdrawnNote } from "./evaluation-steps";
import { expireAfterWrite } from "@/lib/cache/expire";
import { ConflictError, InputError } from "./result";

const ref = z.object({ id: z.string().min(1), version: z.number().int().positive() });

export const createEvaluation = staffAction(evaluationSchema, async (input, { actor, db }) => {
  assertInstitution(actor, input.institutionId);
  const id = await db.$transaction(async (tx) => {
    const { content, scheme, roundId } = await checkedContent(tx, actor, input);
    await assertRoundFree(tx, input.institutionId, roundId);
    const row = await tx.evaluation.create({
      data: { institutionId: input.institutionId, publication: "draft", ...evaluationColumns(content, scheme, roundId) },
    });
    await replaceChildren(tx, row.id, content, scheme);
    const after = await settleVerification(tx, actor, row.id, null);
    await recordAudit(tx, actor, { action: "evaluation.create", ...about(after), before: null, after });
    return row.id;
  });
  return { ok: true, data: { id }, message: "Penilaian tersimpan sebagai draf." };
});

export const updateEvaluation = staffAction(evaluationEditSchema, async (input, { actor, db }) => {
  const { slug, published, version, withdrawn } = await db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, actor, input.id, input.version);
    const { content, scheme, roundId } = await checkedContent(tx, actor, { ...input, institutionId: before.institutionId });
    await assertRoundFree(tx, before.institutionId, roundId, input.id);
    await tx.evaluation.update({
      where: { id: input.id },
      data: { ...evaluationColumns(content, scheme, roundId), version: { increment: 1 } },
    });
    await replaceChildren(tx, input.id, content, scheme);
    const after = await settleVerification(tx, actor, input.id, before);
    await recordAudit(tx, actor, { action: "evaluation.update", ...about(after), before: strip(before), after });
    return { slug: before.slug, published: before.publication === "published", version: after.version, withdrawn: before.verified && !after.verified };
  });
  if (published) await expireAfterWrite([slug]);
  return { ok: true, data: { id: input.id, version }, message: `Perubahan tersimpan.${withdrawnNote(Number(withdrawn))}` };
});

export const deleteEvaluation = staffAction(ref, async (input, { actor, db }) => {
  const { slug, published } = await db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, actor, input.id, input.version);
    assertMayDelete(actor, before);
    await tx.evaluation.delete({ where: { id: input.id } });
    await recordAudit(tx, actor, { action: "evaluation.delete", ...about(before), before: strip(before), after: null });
    return { slug: before.slug, published: before.publication === "published" };
  });
  if (published) await expireAfterWrite([slug]);
  return { ok: true, data: null, message: "Penilaian dihapus. Anda dapat memulihkannya dari riwayat." };
});

export const setPublication = staffAction(ref.extend({ publish: z.boolean() }), async (input, { actor, db }) => {
  assertAdmin(actor, ADMIN_ONLY.publication);
  const { slug, changed } = await db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, actor, input.id, input.version);
    const publication = input.publish ? "published" : "draft";
    if (before.publication === publication) return { slug: before.slug, changed: false };
    await tx.evaluation.update({ where: { id: input.id }, data: { publication, version: { increment: 1 } } });
    const after = await loadSnapshot(tx, input.id);
    const action = input.publish ? "evaluation.publish" : "evaluation.unpublish";
    await recordAudit(tx, actor, { action, ...about(before), before: strip(before), after });
    return { slug: before.slug, changed: true };
  });
  if (changed) await expireAfterWrite([slug]);
  return { ok: true, data: null, message: input.publish ? "Penilaian diterbitkan." : "Penilaian ditarik menjadi draf." };
});

export const setVerified = staffAction(ref.extend({ verified: z.boolean() }), async (input, { actor, db }) => {
  assertAdmin(actor, ADMIN_ONLY.verification);
  const { slug, published } = await db.$transaction(async (tx) => {
    const before = await loadForWrite(tx, actor, input.id, input.version);
    await tx.evaluation.update({
      where: { id: input.id },
      data: input.verified
        ? { verifiedAt: new Date(), verifiedById: actor.userId, version: { increment: 1 } }
        : { verifiedAt: null, verifiedById: null, version: { increment: 1 } },
    });
    const after = await loadSnapshot(tx, input.id);
    await recordAudit(tx, actor, { action: input.verified ? "evaluation.verify" : "evaluation.unverify", ...about(before), before: strip(before), after });
    return { slug: before.slug, published: before.publication === "published" };
  });
  if (published) await expireAfterWrite([slug]);
  return { ok: true, data: null, message: input.verified ? "Ditandai terverifikasi." : "Tanda verifikasi dicabut." };
});

/**
 * Writes back the state an audit entry leads to (lib/audit/restore.ts: the values before a
 * change, the record as created, or as deleted). A deleted evaluation comes back as a draft
 * under its old id; a restore that would change nothing is refused.
 */
export const restoreEvaluation = staffAction(z.object({ auditEntryId: z.string().min(1), version: z.number().int().positive().nullable() }), async (input, { actor, db }) => {
  const { id, slug, published, withdrawn, restored } = await db.$transaction(async (tx) => {
    const entry = await tx.auditEntry.findUnique({ where: { id: input.auditEntryId } });
    if (entry?.institutionId) assertInstitution(actor, entry.institutionId);
    const target = entry?.entityType === "evaluation" ? restoreTarget(entry) : null;
    if (!entry || !target) throw new InputError("Versi yang akan dipulihkan tidak ditemukan.");
    const snapshot = target.snapshot as EvaluationSnapshot;
    assertInstitution(actor, snapshot.institutionId);
    const scheme = await schemeForYear(tx, snapshot.year);
    if (!scheme) throw new InputError(`Tidak ada skema penilaian untuk tahun ${snapshot.year}.`);
    // A snapshot from before rounds names none: it goes back to the round of its year and evaluator.
    const content = { ...contentOf(snapshot), round: snapshot.round ?? null };
    const round = await checkedRound(tx, actor, content, scheme);
    const exists = await tx.evaluation.findUnique({ where: { id: entry.entityId }, select: { id: true } });
    let before: EvaluationSnapshot | null = null;
    if (exists) {
      if (input.version == null) throw new ConflictError(await loadSnapshot(tx, entry.entityId));
      before = await loadForWrite(tx, actor, entry.entityId, input.version);
      if (!Object.keys(contentChanges(before, snapshot)).length) {
        throw new InputError(`Tidak ada yang dipulihkan: isi penilaian sudah sama dengan ${restoreLabel(target.kind, entry.at)}.`);
      }
      await assertRoundFree(tx, snapshot.institutionId, round.id, entry.entityId);
      await tx.evaluation.update({ where: { id: entry.entityId }, data: { ...evaluationColumns(content, scheme, round.id), version: { increment: 1 } } });
    } else {
      await assertRoundFree(tx, snapshot.institutionId, round.id);
      await tx.evaluation.create({
        data: { id: entry.entityId, institutionId: snapshot.institutionId, publication: "draft", ...evaluationColumns(content, scheme, round.id) },
      });
    }
    await replaceChildren(tx, entry.entityId, content, scheme);
    const after = await settleVerification(tx, actor, entry.entityId, before);
    await recordAudit(tx, actor, { action: "evaluation.restore", ...about(after), before: before && strip(before), after });
    const institution = await tx.institution.findUniqueOrThrow({ where: { id: snapshot.institutionId }, select: { slug: true } });
    return {
      id: entry.entityId,
      slug: institution.slug,
      published: after.publication === "published",
      withdrawn: !!before?.verified && !after.verified,
      restored: restoreLabel(target.kind, entry.at),
    };
  });
  if (published) await expireAfterWrite([slug]);
  return { ok: true, data: { id }, message: `Dipulihkan: ${restored}.${withdrawnNote(Number(withdrawn))}` };
});

function about(s: EvaluationSnapshot) {
  return { entityType: "evaluation" as const, entityId: s.id, institutionId: s.institutionId, year: s.year };
}

/** A snapshot without request-only extras (the slug carried along by loadForWrite). */
function strip(s: EvaluationSnapshot & { slug?: string }): EvaluationSnapshot {
  const { slug: _slug, ...rest } = s;
  return rest;
}
