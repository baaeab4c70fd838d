// The words for an indicator's and a follow-up task's status, the same in the workspace,
// its lists and the printed report.
import type { ReadinessStatus } from "@/lib/merit";
import type { WorkspaceTask } from "@/lib/queries/readiness";

export const STATUS_LABEL: Record<ReadinessStatus, string> = { belum: "Belum", proses: "Proses", siap: "Siap" };

export const TASK_STATUS_LABEL: Record<WorkspaceTask["status"], string> = { belum: "Belum", proses: "Proses", selesai: "Selesai" };
