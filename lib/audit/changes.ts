// What changed between two snapshots of a record, field by field: { field: { old, new } }.
export type Snapshot = Record<string, unknown>;
export type ChangeSet = Record<string, { old: unknown; new: unknown }>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function changeSet(before: Snapshot | null, after: Snapshot | null): ChangeSet {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const out: ChangeSet = {};
  for (const key of keys) {
    if (key === "version" || key === "updatedAt") continue;
    const old = before?.[key] ?? null;
    const next = after?.[key] ?? null;
    if (!same(old, next)) out[key] = { old, new: next };
  }
  return out;
}
