// Which earlier state of an evaluation an audit entry leads back to, and what restoring it
// would change: the history page offers it, the restore action writes it. Pure.
import { EVALUATION_CONTENT_FIELDS } from "@/lib/merit";
import { changeSet, type ChangeSet, type Snapshot } from "./changes";

/** The fields a restore writes back: a result's content, as the verification rule lists it (publication and verification are not among them). */
export const CONTENT_FIELDS = EVALUATION_CONTENT_FIELDS;

/**
 * - `created`: the record as it was first written (a creation has nothing before it);
 * - `before`: the values just before this change, which is what undoing it means;
 * - `deleted`: the record as it was when it was deleted.
 */
export type RestoreKind = "created" | "before" | "deleted";

type Entry = { action: string; before: unknown; after: unknown };

const contentPart = (s: Snapshot | null): Snapshot | null => (s == null ? null : Object.fromEntries(CONTENT_FIELDS.map((f) => [f, s[f] ?? null])));

/** Field by field, how the content would go from `current` to `target`. */
export function contentChanges(current: Snapshot | null, target: Snapshot | null): ChangeSet {
  return changeSet(contentPart(current), contentPart(target));
}

/**
 * The state an entry leads back to, or null when it leads nowhere new: entries that only
 * published, withdrew or verified (their content before equals their content after) repeat
 * the state of a neighbouring entry.
 */
export function restoreTarget(entry: Entry): { kind: RestoreKind; snapshot: Snapshot } | null {
  const before = (entry.before ?? null) as Snapshot | null;
  const after = (entry.after ?? null) as Snapshot | null;
  if (entry.action === "evaluation.create") return after ? { kind: "created", snapshot: after } : null;
  if (entry.action === "evaluation.delete") return before ? { kind: "deleted", snapshot: before } : null;
  if (!before || !after || !Object.keys(contentChanges(after, before)).length) return null;
  return { kind: "before", snapshot: before };
}

/** Wall-clock time as staff in Jakarta read it; WIB is UTC+7 all year. */
export function wibTime(at: Date | string): string {
  const text = new Intl.DateTimeFormat("id-ID", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    timeZone: "Asia/Jakarta",
  }).format(new Date(at));
  return `${text} WIB`;
}

/** What a restore button and its answer say about the state it brings back. */
export function restoreLabel(kind: RestoreKind, at: Date | string): string {
  if (kind === "created") return `keadaan saat dibuat (${wibTime(at)})`;
  if (kind === "deleted") return `penilaian yang dihapus pada ${wibTime(at)}`;
  return `keadaan sebelum perubahan ${wibTime(at)}`;
}
