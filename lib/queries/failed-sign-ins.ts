// What the account's owner should know on arrival: failed sign-ins on the account since
// the sign-in before this one (this one is the newest success), from the security log.
import type { Db } from "@/lib/db";

export type FailedSignIns = { count: number; last: { at: Date; clientAddress: string | null } } | null;

export async function failedSignInsSincePreviousSignIn(db: Db, userId: string): Promise<FailedSignIns> {
  const successes = await db.securityEvent.findMany({
    where: { userId, type: "signin.success" },
    orderBy: { at: "desc" },
    take: 2,
    select: { at: true },
  });
  const where = { userId, type: "signin.failure", ...(successes[1] ? { at: { gt: successes[1].at } } : {}) };
  const [count, last] = await Promise.all([
    db.securityEvent.count({ where }),
    db.securityEvent.findFirst({ where, orderBy: { at: "desc" }, select: { at: true, clientAddress: true } }),
  ]);
  return count && last ? { count, last } : null;
}
