// Writes one audit entry inside the caller's transaction, so a write and its record
// of who did it either both happen or neither does.
import type { Actor } from "@/lib/auth/guard";
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
  | "readiness.template_delete";

export type AuditInput = {
  action: AuditAction;
  entityType: "evaluation" | "institution" | "user" | "import" | "readiness_workspace" | "readiness_indicator" | "evidence" | "readiness_task" | "readiness_template_indicator";
  entityId: string;
  institutionId?: string | null;
  year?: number | null;
  batchId?: string | null;
  before: Snapshot | null;
  after: Snapshot | null;
};

const json = (v: Snapshot | null) => (v == null ? undefined : (v as Prisma.InputJsonObject));

export async function recordAudit(tx: Prisma.TransactionClient, actor: Actor, entry: AuditInput) {
  const changes = changeSet(entry.before, entry.after);
  await tx.auditEntry.create({
    data: {
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
      changes: changes as Prisma.InputJsonObject,
    },
  });
}
