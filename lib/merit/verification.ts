// When a result keeps its "verified" mark (an admin checked it against the official list):
// only while what was checked stays as it was, unless an admin made the change. Every
// write of a result's content — form, import, history restore, import revert — asks here.

/** The content of a result: what the public sees and an admin checks. Publication and verification are not content. */
export const EVALUATION_CONTENT_FIELDS = [
  "year",
  "round",
  "status",
  "notEvaluatedReason",
  "score",
  "selfAssessedScore",
  "categoryCode",
  "evaluator",
  "announcedAt",
  "note",
  "aspectScores",
  "subScores",
  "sources",
] as const;

export type EvaluationContentField = (typeof EVALUATION_CONTENT_FIELDS)[number];
type Content = Record<EvaluationContentField, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function contentChanged(before: Content, after: Content): boolean {
  return EVALUATION_CONTENT_FIELDS.some((field) => !same(before[field], after[field]));
}

/**
 * The `verified` a write stores. A new result starts unverified; a change of content by
 * anyone but an admin needs checking again; a write that leaves the content as it was
 * (or an admin's own change) keeps what was there.
 */
export function verifiedAfterWrite(role: string, before: (Content & { verified: boolean }) | null, after: Content): boolean {
  if (!before?.verified) return false;
  return role === "admin" || !contentChanged(before, after);
}
