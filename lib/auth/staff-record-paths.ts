// Staff pages that show one record, by address. Their not-found answer has to be decided
// before the page streams (proxy.ts), so the proxy needs to know which addresses they are.
export type StaffRecordRef = { kind: "evaluation" | "evaluationHistory" | "institution" | "account" | "scheme"; id: string };

const PATTERNS: [RegExp, StaffRecordRef["kind"]][] = [
  [/^\/admin\/evaluasi\/([^/]+)$/, "evaluation"],
  [/^\/admin\/evaluasi\/([^/]+)\/riwayat$/, "evaluationHistory"],
  [/^\/admin\/instansi\/([^/]+)$/, "institution"],
  [/^\/admin\/akun\/([^/]+)$/, "account"],
  [/^\/admin\/skema\/([^/]+)$/, "scheme"],
];

/** Pages with fixed names under these folders (the "new" forms) are not records. */
const NOT_IDS = new Set(["baru"]);

/** The record a staff address shows, or null for any other address. */
export function staffRecordOfPath(pathname: string): StaffRecordRef | null {
  for (const [pattern, kind] of PATTERNS) {
    const m = pattern.exec(pathname);
    if (!m) continue;
    const id = decoded(m[1]);
    return NOT_IDS.has(id) && kind !== "evaluationHistory" ? null : { kind, id };
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
