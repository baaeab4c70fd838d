// The one guard every write goes through: who is acting, and may they touch this?
// Pure checks here; lib/auth/actor.ts finds the actor from the request's session.
export type StaffRole = "admin" | "editor";

export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: StaffRole;
  /** Institutions an editor works for; admins may act on every institution. */
  institutionIds: string[];
};

export class NotSignedIn extends Error {
  constructor() {
    super("Anda belum masuk atau sesi Anda telah berakhir. Silakan masuk kembali.");
  }
}

export class AccessDenied extends Error {}

export function canEditInstitution(actor: Actor, institutionId: string): boolean {
  return actor.role === "admin" || actor.institutionIds.includes(institutionId);
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
