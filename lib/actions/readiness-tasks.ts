"use server";
// Follow-up of the last evaluation's recommendations: tasks of a workspace, each linked to the
// indicators it concerns. Same road as every staff write: staffAction → may this actor touch
// the workspace's institution → one transaction with its audit entry, from the version read.
import { assertInstitution, type Actor } from "@/lib/auth/guard";
import { recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import { taskCreateSchema, taskDeleteSchema, taskUpdateSchema } from "@/lib/validation/readiness";
import { staffAction } from "./client";
import { assertInstitutionStaff, dateOnly } from "./readiness-steps";
import { ConflictError, InputError } from "./result";

type Tx = Prisma.TransactionClient;

const taskSelect = {
  id: true,
  recommendation: true,
  ownerId: true,
  dueDate: true,
  status: true,
  version: true,
  workspaceId: true,
  workspace: { select: { institutionId: true, year: true } },
  indicators: { select: { indicatorId: true } },
} satisfies Prisma.ReadinessTaskSelect;

type TaskRow = Prisma.ReadinessTaskGetPayload<{ select: typeof taskSelect }>;

/** The task as the audit log and the workspace list see it. */
function snapshot(row: TaskRow) {
  return {
    id: row.id,
    recommendation: row.recommendation,
    ownerId: row.ownerId,
    dueDate: row.dueDate?.toISOString().slice(0, 10) ?? null,
    status: row.status,
    version: row.version,
    indicatorIds: row.indicators.map((i) => i.indicatorId).sort(),
  };
}

export type TaskState = ReturnType<typeof snapshot>;

const about = (row: Pick<TaskRow, "workspace">) => ({ institutionId: row.workspace.institutionId, year: row.workspace.year });

/** A missing task and another institution's read the same to the caller: not there, or not yours. */
async function loadTask(tx: Tx, actor: Actor, id: string): Promise<TaskRow> {
  const row = await tx.readinessTask.findUnique({ where: { id }, select: taskSelect });
  if (!row) throw new ConflictError(null);
  assertInstitution(actor, row.workspace.institutionId);
  return row;
}

/** Linked indicators must be of the same workspace; an unknown id is bad input, not a silent drop. */
async function assertIndicators(tx: Tx, workspaceId: string, indicatorIds: string[]): Promise<string[]> {
  const unique = [...new Set(indicatorIds)];
  const found = await tx.readinessIndicator.count({ where: { workspaceId, id: { in: unique } } });
  if (found !== unique.length) throw new InputError("Indikator yang dipilih tidak ada di ruang persiapan ini.", { indicatorIds: ["Pilih indikator ruang persiapan ini."] });
  return unique;
}

export const createTask = staffAction(taskCreateSchema, async (input, { actor, db }) => {
  const task = await db.$transaction(async (tx) => {
    const workspace = await tx.readinessWorkspace.findUnique({ where: { id: input.workspaceId }, select: { id: true, institutionId: true } });
    if (!workspace) throw new InputError("Ruang persiapan tidak ditemukan.");
    assertInstitution(actor, workspace.institutionId);
    await assertInstitutionStaff(tx, input.ownerId, workspace.institutionId);
    const indicatorIds = await assertIndicators(tx, workspace.id, input.indicatorIds);
    const row = await tx.readinessTask.create({
      data: {
        workspaceId: workspace.id,
        recommendation: input.recommendation,
        ownerId: input.ownerId,
        dueDate: dateOnly(input.dueDate),
        status: input.status,
        indicators: { create: indicatorIds.map((indicatorId) => ({ indicatorId })) },
      },
      select: taskSelect,
    });
    await recordAudit(tx, actor, { action: "readiness.task_create", entityType: "readiness_task", entityId: row.id, ...about(row), before: null, after: snapshot(row) });
    return snapshot(row);
  });
  return { ok: true, data: task, message: "Tugas tindak lanjut ditambahkan." };
});

export const updateTask = staffAction(taskUpdateSchema, async (input, { actor, db }) => {
  const task = await db.$transaction(async (tx) => {
    const before = await loadTask(tx, actor, input.id);
    await assertInstitutionStaff(tx, input.ownerId, before.workspace.institutionId);
    const indicatorIds = await assertIndicators(tx, before.workspaceId, input.indicatorIds);
    // The version is part of the condition: of two saves from the same version, one wins.
    const { count } = await tx.readinessTask.updateMany({
      where: { id: input.id, version: input.version },
      data: { recommendation: input.recommendation, ownerId: input.ownerId, dueDate: dateOnly(input.dueDate), status: input.status, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(snapshot(before));
    await tx.readinessTaskIndicator.deleteMany({ where: { taskId: input.id } });
    await tx.readinessTaskIndicator.createMany({ data: indicatorIds.map((indicatorId) => ({ taskId: input.id, indicatorId })) });
    const row = await tx.readinessTask.findUniqueOrThrow({ where: { id: input.id }, select: taskSelect });
    await recordAudit(tx, actor, {
      action: "readiness.task_update",
      entityType: "readiness_task",
      entityId: row.id,
      ...about(row),
      before: snapshot(before),
      after: snapshot(row),
    });
    return snapshot(row);
  });
  return { ok: true, data: task, message: "Tugas tersimpan." };
});

export const deleteTask = staffAction(taskDeleteSchema, async (input, { actor, db }) => {
  await db.$transaction(async (tx) => {
    const before = await loadTask(tx, actor, input.id);
    const { count } = await tx.readinessTask.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw new ConflictError(snapshot(before));
    await recordAudit(tx, actor, { action: "readiness.task_delete", entityType: "readiness_task", entityId: before.id, ...about(before), before: snapshot(before), after: null });
  });
  return { ok: true, data: { id: input.id }, message: "Tugas dihapus." };
});
