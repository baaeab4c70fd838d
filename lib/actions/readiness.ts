"use server";
// Staff writes on readiness workspaces. Each one: session and schema (staffAction) → may this
// actor touch this institution → one transaction with its audit entry. Workspaces are never
// public, so no public cache is expired.
import { assertInstitution, assertReadable } from "@/lib/auth/guard";
import { evidenceNeedsRecheck } from "@/lib/merit";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  commentSchema,
  evidenceFileSchema,
  indicatorRemoveSchema,
  ownIndicatorCreateSchema,
  evidenceLinkSchema,
  evidenceRemoveSchema,
  indicatorUpdateSchema,
  startWorkspaceSchema,
} from "@/lib/validation/readiness";
import { copyStoredObjects, removeStoredObjectsAfterCommit } from "@/lib/readiness/file-store";
import { staffAction } from "./client";
import { assertInstitutionStaff, dateOnly } from "./readiness-steps";
import { schemeForYear } from "./evaluation-record";
import { ConflictError, InputError } from "./result";

type Tx = Prisma.TransactionClient;

const indicatorSelect = {
  id: true,
  aspectId: true,
  templateCode: true,
  title: true,
  maxScore: true,
  selfScore: true,
  status: true,
  ownerId: true,
  dueDate: true,
  notes: true,
  version: true,
  workspace: { select: { id: true, institutionId: true, year: true, institution: { select: { id: true, provinceCode: true } } } },
  _count: { select: { evidence: true } },
} satisfies Prisma.ReadinessIndicatorSelect;

type IndicatorRow = Prisma.ReadinessIndicatorGetPayload<{ select: typeof indicatorSelect }>;

/** The indicator as the audit log and the form see it. */
function snapshot(row: IndicatorRow) {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    selfScore: row.selfScore?.toNumber() ?? null,
    maxScore: row.maxScore.toNumber(),
    ownerId: row.ownerId,
    dueDate: row.dueDate?.toISOString().slice(0, 10) ?? null,
    notes: row.notes,
    version: row.version,
    evidence: row._count.evidence,
  };
}

export type IndicatorState = ReturnType<typeof snapshot>;

/**
 * Loads an indicator for a write, or for a comment (which heads and reviewers in reach may
 * add too); a missing one and one of another institution read the same.
 */
async function loadIndicator(tx: Tx, actor: Parameters<typeof assertInstitution>[0], id: string, purpose: "write" | "comment" = "write"): Promise<IndicatorRow> {
  const row = await tx.readinessIndicator.findUnique({ where: { id }, select: indicatorSelect });
  if (!row) throw new InputError("Indikator tidak ditemukan.");
  if (purpose === "comment") assertReadable(actor, row.workspace.institution);
  else assertInstitution(actor, row.workspace.institutionId);
  return row;
}

const about = (row: IndicatorRow) => ({ institutionId: row.workspace.institutionId, year: row.workspace.year });

export const startWorkspace = staffAction(startWorkspaceSchema, async (input, { actor, db }) => {
  assertInstitution(actor, input.institutionId);
  const created = await db.$transaction(async (tx) => {
    const scheme = await schemeForYear(tx, input.year);
    if (!scheme) throw new InputError(`Tidak ada skema penilaian untuk tahun ${input.year}.`, { year: [`Tidak ada skema untuk tahun ${input.year}.`] });
    const existing = await tx.readinessWorkspace.findUnique({ where: { institutionId_year: { institutionId: input.institutionId, year: input.year } } });
    if (existing) throw new InputError(`Ruang persiapan tahun ${input.year} sudah ada untuk instansi ini.`);
    const workspace = await tx.readinessWorkspace.create({ data: { institutionId: input.institutionId, year: input.year, schemeId: scheme.id } });
    const copied = input.from === "previous" ? await carryOver(tx, input.institutionId, workspace.id, input.year, scheme.id) : await fromTemplate(tx, workspace.id, scheme.id);
    await recordAudit(tx, actor, {
      action: "readiness.start",
      entityType: "readiness_workspace",
      entityId: workspace.id,
      institutionId: input.institutionId,
      year: input.year,
      before: null,
      after: { year: input.year, scheme: scheme.def.code, from: input.from, ...copied },
    });
    return { id: workspace.id, ...copied };
  });
  const message =
    input.from === "previous"
      ? `Ruang persiapan disalin dari tahun ${created.fromYear}: ${created.indicators} indikator, ${created.recheck} bukti perlu diperiksa ulang.`
      : `Ruang persiapan dimulai dari templat nasional: ${created.indicators} indikator.`;
  return { ok: true, data: created, message };
});

async function fromTemplate(tx: Tx, workspaceId: string, schemeId: string) {
  const template = await tx.readinessTemplateIndicator.findMany({ where: { aspect: { schemeId } }, orderBy: [{ aspect: { position: "asc" } }, { position: "asc" }] });
  await tx.readinessIndicator.createMany({
    data: template.map((t) => ({ workspaceId, aspectId: t.aspectId, templateCode: t.code, title: t.title, guidance: t.guidance, maxScore: t.maxScore, position: t.position })),
  });
  return { indicators: template.length, fromYear: null as number | null, recheck: 0, dropped: 0 };
}

/**
 * The latest earlier workspace, copied: indicators by aspect code (an aspect the new scheme
 * lacks is dropped and counted), evidence with its original date, files copied inside the
 * database. Evidence older than the window is marked for re-check, and an indicator that
 * relied on it is no longer ready.
 */
async function carryOver(tx: Tx, institutionId: string, workspaceId: string, year: number, schemeId: string) {
  const previous = await tx.readinessWorkspace.findFirst({
    where: { institutionId, year: { lt: year } },
    orderBy: { year: "desc" },
    include: { indicators: { include: { aspect: { select: { code: true } }, evidence: { include: { file: true } } }, orderBy: { position: "asc" } } },
  });
  if (!previous) throw new InputError("Belum ada ruang persiapan tahun sebelumnya untuk disalin; mulai dari templat.");
  const aspects = new Map((await tx.schemeAspect.findMany({ where: { schemeId } })).map((a) => [a.code, a.id]));
  let indicators = 0;
  let recheck = 0;
  let dropped = 0;
  for (const old of previous.indicators) {
    const aspectId = aspects.get(old.aspect.code);
    if (!aspectId) {
      dropped++;
      continue;
    }
    const stale = old.evidence.filter((e) => evidenceNeedsRecheck(e.createdAt, year)).length;
    const row = await tx.readinessIndicator.create({
      data: {
        workspaceId,
        aspectId,
        templateCode: old.templateCode,
        title: old.title,
        guidance: old.guidance,
        maxScore: old.maxScore,
        selfScore: old.selfScore,
        status: old.status === "siap" && stale > 0 ? "proses" : old.status,
        ownerId: old.ownerId,
        notes: old.notes,
        position: old.position,
      },
    });
    indicators++;
    for (const e of old.evidence) {
      const needsRecheck = evidenceNeedsRecheck(e.createdAt, year);
      recheck += Number(needsRecheck);
      let fileId: string | null = null;
      if (e.file) {
        const { id: _id, createdAt: _at, ...file } = e.file;
        fileId = (await tx.evidenceFile.create({ data: { ...file, createdAt: e.file.createdAt } })).id;
        // Copied row by row inside the database: no byte passes through this server.
        await tx.$executeRaw`INSERT INTO "EvidenceFileChunk" ("fileId", "index", "data") SELECT ${fileId}, "index", "data" FROM "EvidenceFileChunk" WHERE "fileId" = ${e.file.id}`;
        // In the object store the copy is the store's own (CopyObject), under the new id.
        await copyStoredObjects(e.file, fileId);
      }
      await tx.evidence.create({
        data: { indicatorId: row.id, kind: e.kind, title: e.title, url: e.url, fileId, createdAt: e.createdAt, createdById: e.createdById, recheck: needsRecheck },
      });
    }
  }
  return { indicators, fromYear: previous.year as number | null, recheck, dropped };
}

export const updateIndicator = staffAction(indicatorUpdateSchema, async (input, { actor, db }) => {
  const after = await db.$transaction(async (tx) => {
    const before = await loadIndicator(tx, actor, input.id);
    if (before.version !== input.version) throw new ConflictError(snapshot(before));
    const max = before.maxScore.toNumber();
    if (input.selfScore != null && input.selfScore > max) {
      throw new InputError(`Nilai mandiri paling tinggi ${max}.`, { selfScore: [`Paling tinggi ${max}.`] });
    }
    if (input.status === "siap" && before._count.evidence === 0) {
      throw new InputError("Tambahkan minimal satu bukti sebelum menandai indikator siap.", { status: ["Belum ada bukti."] });
    }
    await assertInstitutionStaff(tx, input.ownerId, before.workspace.institutionId);
    const row = await tx.readinessIndicator.update({
      where: { id: input.id },
      data: {
        status: input.status,
        selfScore: input.selfScore,
        ownerId: input.ownerId,
        dueDate: dateOnly(input.dueDate),
        notes: input.notes,
        version: { increment: 1 },
      },
      select: indicatorSelect,
    });
    await recordAudit(tx, actor, {
      action: "readiness.indicator_update",
      entityType: "readiness_indicator",
      entityId: row.id,
      ...about(row),
      before: snapshot(before),
      after: snapshot(row),
    });
    return snapshot(row);
  });
  return { ok: true, data: after, message: "Indikator tersimpan." };
});

async function addEvidence(
  tx: Tx,
  actor: Parameters<typeof assertInstitution>[0],
  indicator: IndicatorRow,
  data: { kind: "link" | "file"; title: string; url?: string; fileId?: string },
) {
  const evidence = await tx.evidence.create({ data: { indicatorId: indicator.id, createdById: actor.userId, ...data } });
  const after = await tx.readinessIndicator.findUniqueOrThrow({ where: { id: indicator.id }, select: indicatorSelect });
  await recordAudit(tx, actor, {
    action: "readiness.evidence_add",
    entityType: "evidence",
    entityId: evidence.id,
    ...about(indicator),
    before: null,
    after: { indicatorId: indicator.id, kind: data.kind, title: data.title, url: data.url ?? null, fileId: data.fileId ?? null },
  });
  return { evidenceId: evidence.id, indicator: snapshot(after) };
}

export const addEvidenceLink = staffAction(evidenceLinkSchema, async (input, { actor, db }) => {
  const data = await db.$transaction(async (tx) => {
    const indicator = await loadIndicator(tx, actor, input.indicatorId);
    return addEvidence(tx, actor, indicator, { kind: "link", title: input.title, url: input.url! });
  });
  return { ok: true, data, message: "Tautan bukti ditambahkan." };
});

/** A file uploaded to /api/admin/evidence-files becomes evidence only here, through the one guard. */
export const attachEvidenceFile = staffAction(evidenceFileSchema, async (input, { actor, db }) => {
  const data = await db.$transaction(async (tx) => {
    const indicator = await loadIndicator(tx, actor, input.indicatorId);
    const file = await tx.evidenceFile.findUnique({
      where: { id: input.fileId },
      select: { institutionId: true, complete: true, fileName: true, evidence: { select: { id: true } } },
    });
    // Another institution's upload reads as missing: its id tells the caller nothing.
    if (!file || !file.complete || file.institutionId !== indicator.workspace.institutionId) throw new InputError("Berkas tidak ditemukan; unggah ulang.");
    if (file.evidence) throw new InputError("Berkas ini sudah dipakai sebagai bukti.");
    return addEvidence(tx, actor, indicator, { kind: "file", title: input.title ?? file.fileName, fileId: input.fileId });
  });
  return { ok: true, data, message: "Berkas bukti ditambahkan." };
});

export const removeEvidence = staffAction(evidenceRemoveSchema, async (input, { actor, db }) => {
  const data = await db.$transaction(async (tx) => {
    const evidence = await tx.evidence.findUnique({ where: { id: input.id } });
    if (!evidence) throw new InputError("Bukti tidak ditemukan.");
    const indicator = await loadIndicator(tx, actor, evidence.indicatorId);
    await tx.evidence.delete({ where: { id: evidence.id } });
    const file = evidence.fileId ? await tx.evidenceFile.delete({ where: { id: evidence.fileId }, select: { id: true, storage: true } }) : null;
    // A ready indicator whose last evidence goes is no longer ready.
    const lastGone = indicator._count.evidence === 1 && indicator.status === "siap";
    if (lastGone) await tx.readinessIndicator.update({ where: { id: indicator.id }, data: { status: "proses", version: { increment: 1 } } });
    const after = await tx.readinessIndicator.findUniqueOrThrow({ where: { id: indicator.id }, select: indicatorSelect });
    await recordAudit(tx, actor, {
      action: "readiness.evidence_remove",
      entityType: "evidence",
      entityId: evidence.id,
      ...about(indicator),
      before: { indicatorId: indicator.id, kind: evidence.kind, title: evidence.title, url: evidence.url, fileId: evidence.fileId },
      after: null,
    });
    return { indicator: snapshot(after), file };
  });
  if (data.file) await removeStoredObjectsAfterCommit([data.file]);
  return { ok: true, data: { indicator: data.indicator }, message: "Bukti dihapus." };
});

export const addComment = staffAction(
  commentSchema,
  async (input, { actor, db }) => {
    const comment = await db.$transaction(async (tx) => {
      const indicator = await loadIndicator(tx, actor, input.indicatorId, "comment");
      const row = await tx.readinessComment.create({ data: { indicatorId: indicator.id, authorId: actor.userId, body: input.body } });
      await recordAudit(tx, actor, {
        action: "readiness.comment_add",
        entityType: "readiness_indicator",
        entityId: indicator.id,
        ...about(indicator),
        before: null,
        after: { commentId: row.id, body: input.body },
      });
      return { id: row.id, body: row.body, author: actor.name, createdAt: row.createdAt.toISOString() };
    });
    return { ok: true, data: comment, message: "Komentar ditambahkan." };
  },
  { readers: true },
);

/** An indicator of the institution's own, beside the template's, in one aspect of its workspace. */
export const addOwnIndicator = staffAction(ownIndicatorCreateSchema, async (input, { actor, db }) => {
  const data = await db.$transaction(async (tx) => {
    const workspace = await tx.readinessWorkspace.findUnique({ where: { id: input.workspaceId }, select: { id: true, institutionId: true, year: true, schemeId: true } });
    if (!workspace) throw new InputError("Ruang persiapan tidak ditemukan.");
    assertInstitution(actor, workspace.institutionId);
    const aspect = await tx.schemeAspect.findUnique({ where: { schemeId_code: { schemeId: workspace.schemeId, code: input.aspectCode } }, select: { id: true, code: true } });
    if (!aspect) throw new InputError("Aspek ini tidak ada dalam skema ruang persiapan.", { aspectCode: ["Pilih aspek skema ini."] });
    const last = await tx.readinessIndicator.aggregate({ where: { workspaceId: workspace.id, aspectId: aspect.id }, _max: { position: true } });
    const row = await tx.readinessIndicator.create({
      data: { workspaceId: workspace.id, aspectId: aspect.id, title: input.title, guidance: input.guidance, maxScore: input.maxScore, position: (last._max.position ?? 0) + 1 },
      select: indicatorSelect,
    });
    await recordAudit(tx, actor, {
      action: "readiness.indicator_create",
      entityType: "readiness_indicator",
      entityId: row.id,
      ...about(row),
      before: null,
      after: { ...snapshot(row), aspect: aspect.code, guidance: input.guidance },
    });
    return { ...snapshot(row), aspectCode: aspect.code, guidance: input.guidance };
  });
  return { ok: true, data, message: "Indikator ditambahkan." };
});

/** Only the institution's own indicators go; the template's stay, so every workspace can be compared. */
export const removeOwnIndicator = staffAction(indicatorRemoveSchema, async (input, { actor, db }) => {
  const removed = await db.$transaction(async (tx) => {
    const before = await loadIndicator(tx, actor, input.id);
    if (before.templateCode != null) throw new InputError("Indikator dari templat nasional tidak dapat dihapus.");
    const files = await tx.evidence.findMany({ where: { indicatorId: input.id, fileId: { not: null } }, select: { fileId: true, file: { select: { id: true, storage: true } } } });
    const { count } = await tx.readinessIndicator.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw new ConflictError(snapshot(before));
    // Evidence goes with the indicator (cascade); its stored files are not evidence of anything else.
    await tx.evidenceFile.deleteMany({ where: { id: { in: files.map((f) => f.fileId!) } } });
    await recordAudit(tx, actor, {
      action: "readiness.indicator_delete",
      entityType: "readiness_indicator",
      entityId: before.id,
      ...about(before),
      before: snapshot(before),
      after: null,
    });
    return files.map((f) => f.file!);
  });
  await removeStoredObjectsAfterCommit(removed);
  return { ok: true, data: { id: input.id }, message: "Indikator dihapus." };
});
