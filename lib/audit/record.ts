// The one builder of audit rows, for every write: a form's single entry and an import's or
// revert's thousands alike carry who, what, the states before and after and the field
// change set between them, so history reads the same whichever road a change took.
// Written inside the caller's transaction: a write and its record both happen or neither does.
import type { Prisma } from "@/lib/generated/prisma/client";
import { changeSet, type Snapshot } from "./changes";

export type AuditAction =
  | "evaluation.create"
  | "evaluation.update"
  | "evaluation.delete"
  | "evaluation.publish"
  | "evaluation.unpublish"
  | "evaluation.verify"
  | "evaluation.unverify"
  | "evaluation.restore"
  | "institution.create"
  | "institution.update"
  | "user.create"
  | "user.update"
  | "user.password_reset"
  | "user.sessions_end"
  | "import.commit"
  | "import.revert"
  | "scheme.create"
  | "scheme.update"
  | "scheme.activate"
  | "readiness.start"
  | "readiness.indicator_update"
  | "readiness.evidence_add"
  | "readiness.evidence_remove"
  | "readiness.comment_add"
  | "readiness.task_create"
  | "readiness.task_update"
  | "readiness.task_delete"
  | "readiness.indicator_create"
  | "readiness.indicator_delete"
  | "readiness.template_create"
  | "readiness.template_update"
  | "readiness.template_delete"
  | "round.create"
  | "round.delete";

/** Who wrote: all an entry keeps of the actor (so the log needs nothing from lib/auth). */
export type AuditActor = { userId: string; email: string };

export type AuditInput = {
  action: AuditAction;
  entityType:
    | "evaluation"
    | "institution"
    | "user"
    | "import"
    | "round"
    | "scheme"
    | "readiness_workspace"
    | "readiness_indicator"
    | "evidence"
    | "readiness_task"
    | "readiness_template_indicator";
  entityId: string;
  institutionId?: string | null;
  year?: number | null;
  batchId?: string | null;
  before: Snapshot | null;
  after: Snapshot | null;
};

const json = (v: Snapshot | null) => (v == null ? undefined : (v as Prisma.InputJsonObject));

/** An audit row as it is stored, change set included; bulk writers insert many of these at once. */
export function auditRow(actor: AuditActor, entry: AuditInput) {
  return {
    actorId: actor.userId,
    actorEmail: actor.email,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    institutionId: entry.institutionId ?? null,
    year: entry.year ?? null,
    batchId: entry.batchId ?? null,
    before: json(entry.before),
    after: json(entry.after),
    changes: changeSet(entry.before, entry.after) as Prisma.InputJsonObject,
  } satisfies Prisma.AuditEntryCreateManyInput;
}
export type AuditRow = ReturnType<typeof auditRow>;

export async function recordAudit(tx: Prisma.TransactionClient, actor: AuditActor, entry: AuditInput) {
  await tx.auditEntry.create({ data: auditRow(actor, entry) });
}
