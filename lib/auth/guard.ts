// The one guard every write goes through: who is acting, and may they touch this?
// Pure checks here; lib/auth/actor.ts finds the actor from the request's session.
export type StaffRole = "admin" | "editor" | "head" | "reviewer";

export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: StaffRole;
  /** Institutions an editor works for, or a head leads; admins may act on every institution. */
  institutionIds: string[];
  /** A reviewer's reach: one province's institutions, or every institution when null. */
  reviewProvinceCode?: string | null;
};

export class NotSignedIn extends Error {
  constructor() {
    super("Anda belum masuk atau sesi Anda telah berakhir. Silakan masuk kembali.");
  }
}

export class AccessDenied extends Error {}

export function canEditInstitution(actor: Actor, institutionId: string): boolean {
  return actor.role === "admin" || (actor.role === "editor" && actor.institutionIds.includes(institutionId));
}

/** Heads and reviewers read and comment; they write nothing else (staffAction refuses them). */
export function isReader(actor: Actor): boolean {
  return actor.role === "head" || actor.role === "reviewer";
}

/** Who may read an institution's staff-only records (readiness) and comment on them. */
export function canReadInstitution(actor: Actor, institution: { id: string; provinceCode: string | null }): boolean {
  if (actor.role === "reviewer") return actor.reviewProvinceCode == null || actor.reviewProvinceCode === institution.provinceCode;
  return actor.role === "admin" || actor.institutionIds.includes(institution.id);
}

export function assertReadable(actor: Actor, institution: { id: string; provinceCode: string | null }): void {
  if (!canReadInstitution(actor, institution)) throw new AccessDenied("Anda tidak berwenang membuka data instansi ini.");
}

export function assertInstitution(actor: Actor, institutionId: string): void {
  if (!canEditInstitution(actor, institutionId)) {
    throw new AccessDenied("Anda tidak berwenang mengubah data instansi ini.");
  }
}

export function assertAdmin(actor: Actor, what = "melakukan tindakan ini"): void {
  if (actor.role !== "admin") throw new AccessDenied(`Hanya admin yang dapat ${what}.`);
}

/** Prisma `where` on Institution that limits reads to what the actor may see. */
export function institutionScope(actor: Actor) {
  return actor.role === "admin" ? {} : { id: { in: actor.institutionIds } };
}

/**
 * The same for readiness, where a reviewer also reads the institutions in reach. Elsewhere a
 * reviewer reads nothing (no institutionIds): its role is readiness, not evaluation drafts.
 */
export function readinessScope(actor: Actor) {
  if (actor.role === "reviewer") return actor.reviewProvinceCode == null ? {} : { provinceCode: actor.reviewProvinceCode };
  return institutionScope(actor);
}
