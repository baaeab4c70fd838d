// Staff pages that show one record, by address. Their not-found answer has to be decided
// before the page streams (proxy.ts), so the proxy needs to know which addresses they are.
export type ReadinessRecordKind = "readinessTemplate" | "readinessWorkspace" | "readinessReport";

/** Readiness pages name two segments, institution slug and year: their id is "slug/year". */
export type StaffRecordRef = { kind: "evaluation" | "evaluationHistory" | "institution" | "account" | "scheme"; id: string } | { kind: ReadinessRecordKind; id: string };

/** Readiness pages are answered by lib/queries/readiness.ts, the others by lib/queries/staff.ts. */
export function isReadinessRecord(record: StaffRecordRef): record is { kind: ReadinessRecordKind; id: string } {
  return record.kind.startsWith("readiness");
}

// First match wins: the template's fixed folder comes before the slug/year pattern it also fits.
const PATTERNS: [RegExp, StaffRecordRef["kind"]][] = [
  [/^\/admin\/evaluasi\/([^/]+)$/, "evaluation"],
  [/^\/admin\/evaluasi\/([^/]+)\/riwayat$/, "evaluationHistory"],
  [/^\/admin\/instansi\/([^/]+)$/, "institution"],
  [/^\/admin\/akun\/([^/]+)$/, "account"],
  [/^\/admin\/skema\/([^/]+)$/, "scheme"],
  [/^\/admin\/persiapan\/templat\/([^/]+)$/, "readinessTemplate"],
  [/^\/admin\/persiapan\/([^/]+)\/([^/]+)$/, "readinessWorkspace"],
  [/^\/admin\/persiapan\/([^/]+)\/([^/]+)\/laporan$/, "readinessReport"],
];

/** Pages with fixed names under these folders (the "new" forms) are not records. */
const NOT_IDS = new Set(["baru"]);

/** The record a staff address shows, or null for any other address. */
export function staffRecordOfPath(pathname: string): StaffRecordRef | null {
  for (const [pattern, kind] of PATTERNS) {
    const m = pattern.exec(pathname);
    if (!m) continue;
    const id = m.slice(1).map(decoded).join("/");
    return NOT_IDS.has(id) && kind !== "evaluationHistory" ? null : ({ kind, id } as StaffRecordRef);
  }
  return null;
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed escape names no record; the lookup will say so
  }
}
