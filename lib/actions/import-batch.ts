// The database side of a bulk import: the snapshot rows are classified against, the
// commit (one transaction, one audit batch) and the revert of a whole batch.
import { randomUUID } from "node:crypto";
import { AccessDenied, assertInstitution, type Actor } from "@/lib/auth/guard";
import { auditRow, recordAudit } from "@/lib/audit/record";
import type { Snapshot } from "@/lib/audit/changes";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { classifyRows, parseFile, type ClassifiedRow, type CommitResult, type Preview } from "@/lib/import";
import { contentOf, loadSnapshot, type EvaluationSnapshot } from "@/lib/evaluations/snapshot";
import { evaluationColumns, replaceChildren, schemeForYear, type SchemeRecord } from "./evaluation-record";
import { insertAuditEntries, insertEvaluations, insertSources, type EvaluationInsertRow } from "./bulk-insert";
import { loadImportSnapshot } from "./import-snapshot";
import { assertMayChangePublication, assertMayDelete, checkedRound, settleVerification } from "./evaluation-steps";
import { ensureRound } from "@/lib/evaluations/rounds";
import { InputError } from "./result";

type Tx = Prisma.TransactionClient;
const CHUNK = 1000;

/** An editor imports only for their own institutions: other rows become errors with the reason. */
export function restrictToActor(preview: Preview, actor: Actor): Preview {
  if (actor.role === "admin") return preview;
  const rows = preview.rows.map((r): ClassifiedRow => {
    if (!r.institutionId || actor.institutionIds.includes(r.institutionId) || r.kind === "error") return r;
    const message = `Anda tidak berwenang mengimpor data ${r.institutionName ?? "instansi ini"}.`;
    return { ...r, kind: "error", action: null, problems: [...r.problems, { field: "institution_name", message, severity: "error" }] };
  });
  const summary = { total: rows.length, new: 0, update: 0, unchanged: 0, warning: 0, error: 0 };
  for (const r of rows) summary[r.kind]++;
  return { ...preview, rows, summary };
}

/** The rows a commit writes: those without errors that create or update a result. */
const writable = (preview: Preview) => preview.rows.filter((r) => r.kind !== "error" && (r.action === "create" || r.action === "update"));

export type CommitOptions = { mode: "all" | "valid"; publish: boolean; fileName: string; onProgress?: (done: number, total: number) => void };

export async function commitImport(db: Db, actor: Actor, preview: Preview, opts: CommitOptions): Promise<CommitResult> {
  if (preview.fileErrors.length) throw new InputError(preview.fileErrors.join(" "));
  if (opts.mode === "all" && preview.summary.error > 0) {
    throw new InputError(`Impor dibatalkan: ${preview.summary.error} baris masih bermasalah. Perbaiki berkasnya, atau pilih "impor hanya baris yang valid".`);
  }
  const rows = writable(preview);
  for (const r of rows) assertInstitution(actor, r.institutionId!);
  const publication = opts.publish && actor.role === "admin" ? "published" : "draft";
  const batchId = randomUUID();
  const total = rows.length;
  let done = 0;
  const tick = (n: number) => {
    done += n;
    opts.onProgress?.(done, total);
  };
  const result = await db.$transaction(
    async (tx) => {
      const schemes = new Map<number, SchemeRecord>();
      const schemeOf = async (year: number) => {
        if (!schemes.has(year)) schemes.set(year, (await schemeForYear(tx, year))!);
        return schemes.get(year)!;
      };
      const roundIds = await roundsOf(tx, actor, rows, schemeOf, batchId);
      const creates = rows.filter((r) => r.action === "create");
      for (let i = 0; i < creates.length; i += CHUNK) {
        await createChunk(tx, actor, creates.slice(i, i + CHUNK), schemeOf, roundIds, publication, batchId);
        tick(Math.min(CHUNK, creates.length - i));
      }
      for (const row of rows.filter((r) => r.action === "update")) {
        await updateOne(tx, actor, row, await schemeOf(row.year!), roundIds.get(row.round!.code)!, publication, batchId);
        tick(1);
      }
      const counts = { created: creates.length, updated: rows.length - creates.length, skipped: preview.rows.length - rows.length };
      await recordAudit(tx, actor, {
        action: "import.commit",
        entityType: "import",
        entityId: batchId,
        batchId,
        before: null,
        after: { fileName: opts.fileName, mode: opts.mode, publication, ...counts },
      });
      return { batchId, ...counts };
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
  return result;
}

/** The ids of the rounds the rows land in; the new ones are made here, in the import's transaction and audit batch. */
async function roundsOf(tx: Tx, actor: Actor, rows: ClassifiedRow[], schemeOf: (y: number) => Promise<SchemeRecord>, batchId: string) {
  const ids = new Map<string, string>();
  const stored = await tx.evaluationRound.findMany({ where: { code: { in: [...new Set(rows.map((r) => r.round!.code))] } }, select: { id: true, code: true } });
  for (const r of stored) ids.set(r.code, r.id);
  for (const { round } of rows) {
    if (ids.has(round!.code)) continue;
    const made = await ensureRound(tx, round!, (await schemeOf(round!.year)).id);
    if (made.made) await recordAudit(tx, actor, { action: "round.create", entityType: "round", entityId: made.id, year: round!.year, batchId, before: null, after: made.made });
    ids.set(round!.code, made.id);
  }
  return ids;
}

function contentFromRow(row: ClassifiedRow) {
  const r = row.record!;
  return {
    year: row.year!,
    round: row.round!.code,
    status: r.status,
    notEvaluatedReason: r.status === "not_evaluated" ? ("other" as const) : null,
    score: r.status === "evaluated" ? r.score : null,
    selfAssessedScore: r.selfAssessedScore,
    categoryCode: r.status === "evaluated" ? r.categoryCode : null,
    evaluator: r.evaluator,
    announcedAt: r.announcedAt,
    note: null,
    aspectScores: {},
    subScores: [],
    sources: r.source ? [{ url: r.source.url, title: r.source.title, publisher: r.source.publisher, publishedAt: null, documentRef: null }] : [],
  };
}

async function createChunk(
  tx: Tx,
  actor: Actor,
  rows: ClassifiedRow[],
  schemeOf: (y: number) => Promise<SchemeRecord>,
  roundIds: Map<string, string>,
  publication: "draft" | "published",
  batchId: string,
) {
  const made: EvaluationSnapshot[] = [];
  const evaluations: EvaluationInsertRow[] = [];
  for (const row of rows) {
    const scheme = await schemeOf(row.year!);
    const content = contentFromRow(row);
    const id = randomUUID();
    const c = evaluationColumns(content, scheme, roundIds.get(content.round)!);
    evaluations.push({ ...c, id, institutionId: row.institutionId!, publication, announcedAt: content.announcedAt });
    made.push({ ...content, id, institutionId: row.institutionId!, schemeCode: scheme.def.code, publication, verified: false, version: 1 });
  }
  await insertEvaluations(tx, evaluations);
  await insertSources(
    tx,
    made.flatMap((m) => m.sources.map((s, position) => ({ evaluationId: m.id, position, url: s.url, title: s.title, publisher: s.publisher }))),
  );
  await insertAuditEntries(
    tx,
    made.map((m) =>
      auditRow(actor, { action: "evaluation.create", entityType: "evaluation", entityId: m.id, institutionId: m.institutionId, year: m.year, batchId, before: null, after: m }),
    ),
  );
}

async function updateOne(tx: Tx, actor: Actor, row: ClassifiedRow, scheme: SchemeRecord, roundId: string, publication: "draft" | "published", batchId: string) {
  const current = await tx.evaluation.findUniqueOrThrow({ where: { institutionId_roundId: { institutionId: row.institutionId!, roundId } }, select: { id: true } });
  const before = (await loadSnapshot(tx, current.id))!;
  const content = contentFromRow(row);
  const sources = [...before.sources, ...content.sources.filter((s) => !before.sources.some((b) => b.url === s.url))];
  const merged = { ...contentOf(before), ...content, note: before.note, aspectScores: before.aspectScores, subScores: before.subScores, sources };
  await tx.evaluation.update({
    where: { id: current.id },
    data: { ...evaluationColumns(merged, scheme, roundId), ...(publication === "published" ? { publication } : {}), version: { increment: 1 } },
  });
  await replaceChildren(tx, current.id, merged, scheme);
  const after = await settleVerification(tx, actor, current.id, before);
  await recordAudit(tx, actor, {
    action: "evaluation.update",
    entityType: "evaluation",
    entityId: current.id,
    institutionId: before.institutionId,
    year: before.year,
    batchId,
    before,
    after,
  });
}

/**
 * Undoes a whole import batch, unless something it wrote has been changed since, or undoing
 * it would do what this actor may not do one record at a time. All of it, or nothing.
 */
export async function revertImport(db: Db, actor: Actor, batchId: string) {
  return db.$transaction(
    async (tx) => {
      const entries = await tx.auditEntry.findMany({ where: { batchId, entityType: "evaluation" }, orderBy: { at: "asc" } });
      const summary = await tx.auditEntry.findFirst({ where: { batchId, action: "import.commit" } });
      if (!summary) throw new InputError("Batch impor tidak ditemukan.");
      if (await tx.auditEntry.findFirst({ where: { entityType: "import", entityId: batchId, action: "import.revert" } })) {
        throw new InputError("Impor ini sudah dibatalkan.");
      }
      for (const e of entries) if (e.institutionId) assertInstitution(actor, e.institutionId);
      // Lock what the batch wrote, so the checks below still hold when the revert commits.
      const ids = entries.map((e) => e.entityId);
      const locked = await tx.$queryRaw<{ id: string; version: number }[]>`SELECT id, version FROM "Evaluation" WHERE id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
      const currentVersions = new Map(locked.map((e) => [e.id, e.version]));
      const changed = entries.filter((e) => currentVersions.get(e.entityId) !== snapshotOf(e.after).version);
      if (changed.length) {
        throw new InputError(`Impor ini tidak dapat dibatalkan: ${changed.length} penilaian telah diubah sesudahnya. Pulihkan satu per satu dari riwayatnya.`);
      }
      // What the batch created goes in bulk; what it updated gets its earlier state back.
      const created = entries.filter((e) => e.action === "evaluation.create");
      const updated = entries.filter((e) => e.action !== "evaluation.create");
      // Unchanged since the import, each record is now as the batch left it (`after`).
      assertMayRevert(
        created.map((e) => () => assertMayDelete(actor, snapshotOf(e.after))),
        "menghapus {n} penilaian yang sudah terbit",
      );
      // An import publishes or leaves publication alone, so giving it back can only withdraw.
      assertMayRevert(
        updated.map((e) => () => assertMayChangePublication(actor, snapshotOf(e.after).publication, snapshotOf(e.before).publication)),
        "menarik {n} penilaian yang sudah terbit kembali menjadi draf",
      );

      const revertBatch = randomUUID();
      let withdrawn = 0;
      const slugIds = new Set(entries.map((e) => snapshotOf(e.after).institutionId));
      for (let i = 0; i < created.length; i += CHUNK) {
        const chunk = created.slice(i, i + CHUNK);
        await tx.evaluation.deleteMany({ where: { id: { in: chunk.map((e) => e.entityId) } } });
        await tx.auditEntry.createMany({
          data: chunk.map((e) =>
            auditRow(actor, {
              action: "evaluation.delete",
              entityType: "evaluation",
              entityId: e.entityId,
              institutionId: e.institutionId,
              year: e.year,
              batchId: revertBatch,
              before: snapshotOf(e.after),
              after: null,
            }),
          ),
        });
      }
      for (const e of updated) {
        const after = snapshotOf(e.after);
        const before = snapshotOf(e.before);
        const scheme = (await schemeForYear(tx, before.year))!;
        // An import updates a result within its round, so the round it had is still there.
        const round = await checkedRound(tx, actor, { ...before, round: before.round ?? null }, scheme, revertBatch);
        await tx.evaluation.update({
          where: { id: e.entityId },
          data: { ...evaluationColumns(contentOf(before), scheme, round.id), publication: before.publication, version: { increment: 1 } },
        });
        await replaceChildren(tx, e.entityId, contentOf(before), scheme);
        const restored = await settleVerification(tx, actor, e.entityId, after);
        if (after.verified && !restored.verified) withdrawn++;
        await recordAudit(tx, actor, {
          action: "evaluation.restore",
          entityType: "evaluation",
          entityId: e.entityId,
          institutionId: before.institutionId,
          year: before.year,
          batchId: revertBatch,
          before: after,
          after: restored,
        });
      }
      // The rounds the import opened go too, unless a result has landed in them since.
      for (const opened of await tx.auditEntry.findMany({ where: { batchId, action: "round.create" } })) {
        if (await tx.evaluation.findFirst({ where: { roundId: opened.entityId }, select: { id: true } })) continue;
        const gone = await tx.evaluationRound.deleteMany({ where: { id: opened.entityId } });
        if (gone.count)
          await recordAudit(tx, actor, {
            action: "round.delete",
            entityType: "round",
            entityId: opened.entityId,
            year: opened.year,
            batchId: revertBatch,
            before: opened.after as Snapshot,
            after: null,
          });
      }
      await recordAudit(tx, actor, { action: "import.revert", entityType: "import", entityId: batchId, batchId: revertBatch, before: null, after: { reverted: entries.length } });
      const slugs = await tx.institution.findMany({ where: { id: { in: [...slugIds] } }, select: { slug: true } });
      return { reverted: entries.length, withdrawn, slugs: slugs.map((s) => s.slug) };
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
}

const snapshotOf = (json: Prisma.JsonValue) => json as unknown as EvaluationSnapshot;

/**
 * Runs the single actions' own checks for each record a revert touches; if any refuses,
 * the whole revert is refused with how many records it would have affected and why.
 */
function assertMayRevert(checks: (() => void)[], consequence: string) {
  const refusals = checks.flatMap((check) => {
    try {
      check();
      return [];
    } catch (e) {
      if (e instanceof AccessDenied) return [e];
      throw e;
    }
  });
  if (refusals.length) {
    throw new AccessDenied(`Impor ini tidak dapat Anda batalkan: pembatalannya akan ${consequence.replace("{n}", String(refusals.length))}. ${refusals[0].message}`);
  }
}

/** Parse an upload and classify its rows against the database, as this actor may import them. */
export async function previewImport(db: Db, actor: Actor, bytes: Uint8Array, fileName: string) {
  const parsed = await parseFile(bytes, fileName);
  const snapshot = await loadImportSnapshot(db, parsed);
  const preview = restrictToActor(classifyRows(parsed, snapshot), actor);
  // The public pages a commit of this preview would change, from the registry already at hand.
  const touched = new Set(writable(preview).map((r) => r.institutionId!));
  const slugs = snapshot.institutions.flatMap((i) => (touched.has(i.id) ? [i.slug] : []));
  return { parsed, preview, slugs };
}
