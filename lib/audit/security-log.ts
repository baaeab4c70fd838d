// The security log: one append-only row per security event of a staff account, written
// by every path that signs in, signs out, throttles, or changes a password, role,
// activation or session. Admins read it in the workspace (newest first) and export it.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const securityEventTypes = [
  "signin.success",
  "signin.failure",
  "signin.throttled",
  "signout",
  "password.change",
  "password.reset",
  "role.change",
  "account.deactivate",
  "account.activate",
  "sessions.end",
] as const;
export type SecurityEventType = (typeof securityEventTypes)[number];

export type SecurityEventInput = {
  type: SecurityEventType;
  userId?: string | null;
  email?: string | null;
  /** Who acted, when it is not the account itself (an admin). */
  actorId?: string | null;
  clientAddress?: string | null;
  userAgent?: string | null;
  detail?: Prisma.InputJsonObject;
};

type Writer = Pick<Db, "securityEvent"> | Prisma.TransactionClient;

/** Call inside the write's own transaction where there is one: both happen or neither. */
export async function recordSecurityEvent(db: Writer, event: SecurityEventInput) {
  await db.securityEvent.create({
    data: {
      type: event.type,
      userId: event.userId ?? null,
      email: event.email?.trim().toLowerCase() ?? null,
      actorId: event.actorId ?? null,
      clientAddress: event.clientAddress ?? null,
      // A user agent is the client's own text: keep it short.
      userAgent: event.userAgent?.slice(0, 300) ?? null,
      detail: event.detail,
    },
  });
}
