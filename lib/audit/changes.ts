// What changed between two snapshots of a record, field by field: { field: { old, new } }.
export type Snapshot = Record<string, unknown>;
export type ChangeSet = Record<string, { old: unknown; new: unknown }>;

// Key order does not count: a snapshot read back from a jsonb column has its keys reordered.
const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : v != null && typeof v === "object"
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
        )
      : (v ?? null);
const same = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

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
