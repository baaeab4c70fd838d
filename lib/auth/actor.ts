// The signed-in staff member behind the current request, read fresh from the database
// on every call: a role change or deactivation takes effect on the next request. The
// session policy (lib/auth/session-policy.ts) is applied here too: a session past its
// absolute or idle limit is deleted and the request is anonymous.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { getAuth } from "./auth";
import { AccessDenied, NotSignedIn, type Actor } from "./guard";
import { activityDue, sessionEnded, sessionLimits } from "./session-policy";

export const PASSWORD_PAGE = "/admin/sandi";

export type StaffSession = {
  actor: Actor;
  sessionId: string;
  /** After an admin's reset: nothing but changing the password and signing out until it is done. */
  mustChangePassword: boolean;
};

export class PasswordChangeRequired extends AccessDenied {
  constructor() {
    super("Ganti kata sandi sementara Anda terlebih dahulu, di halaman Ganti kata sandi.");
  }
}

/** The session of this request, whatever it may do; null when there is none or it has ended. */
export async function currentSession(): Promise<StaffSession | null> {
  const auth = await getAuth();
  const found = await auth.api.getSession({ headers: await headers() });
  if (!found) return null;
  const db = await getDb();
  const session = await db.session.findUnique({
    where: { id: found.session.id },
    include: { user: { include: { institutions: { select: { institutionId: true } } } } },
  });
  if (!session) return null;
  const now = new Date();
  const times = { createdAt: session.createdAt, lastActiveAt: session.updatedAt };
  if (sessionEnded(times, now, sessionLimits())) {
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  const user = session.user;
  if (user.banned) return null;
  if (activityDue(times, now)) {
    await db.session.updateMany({ where: { id: session.id }, data: { updatedAt: now } });
  }
  return {
    sessionId: session.id,
    mustChangePassword: user.mustChangePassword,
    actor: {
      userId: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      institutionIds: user.institutions.map((i) => i.institutionId),
      reviewProvinceCode: user.reviewProvinceCode,
    },
  };
}

/** Prisma `where` on Session for those not yet past the session policy's limits. */
export function liveSessionWhere(now = new Date()) {
  const { maxMs, idleMs } = sessionLimits();
  return { createdAt: { gt: new Date(now.getTime() - maxMs) }, updatedAt: { gt: new Date(now.getTime() - idleMs) } };
}

/**
 * The actor who may work: null for no session, and also while a password change is
 * pending, so every route handler that asks refuses such a session without knowing why.
 */
export async function currentActor(): Promise<Actor | null> {
  const session = await currentSession();
  return session && !session.mustChangePassword ? session.actor : null;
}

/** Server actions: no session, no write; a pending password change allows only that change. */
export async function requireSession(opts: { passwordChange?: boolean } = {}): Promise<StaffSession> {
  const session = await currentSession();
  if (!session) throw new NotSignedIn();
  if (session.mustChangePassword && !opts.passwordChange) throw new PasswordChangeRequired();
  return session;
}

/** Staff pages: anonymous visitors go to the sign-in page and come back afterwards; a pending password change comes first. */
export async function requireStaffPage(returnTo: string): Promise<Actor> {
  const session = await currentSession();
  if (!session) redirect(`/admin/masuk?lanjut=${encodeURIComponent(returnTo)}`);
  if (session.mustChangePassword) redirect(PASSWORD_PAGE);
  return session.actor;
}
