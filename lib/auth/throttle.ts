// Sign-in throttle: failed attempts counted per email and per client address in the
// database, so every app instance shares the count. Success clears the email's count.
import type { Db } from "@/lib/db";
import { signInLimits } from "./config";

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function checkThrottle(db: Db, keys: string[], now = new Date()): Promise<ThrottleVerdict> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys } } });
  let wait = 0;
  for (const row of rows) {
    const elapsed = now.getTime() - row.windowStart.getTime();
    if (elapsed < signInLimits.windowMs && row.count >= limitOf(row.key)) {
      wait = Math.max(wait, Math.ceil((signInLimits.windowMs - elapsed) / 1000));
    }
  }
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
}

/** One address can be an office behind one gateway: it gets more attempts than one email. */
const limitOf = (key: string) => (key.startsWith("ip:") ? signInLimits.maxAttempts * 4 : signInLimits.maxAttempts);

export async function recordFailure(db: Db, keys: string[], now = new Date()) {
  const windowStart = new Date(now.getTime() - signInLimits.windowMs);
  for (const key of keys) {
    // One statement per key: concurrent failures never lose a count.
    await db.$executeRaw`
      INSERT INTO "SignInThrottle" ("key", "count", "windowStart") VALUES (${key}, 1, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "SignInThrottle"."windowStart" < ${windowStart} THEN 1 ELSE "SignInThrottle"."count" + 1 END,
        "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < ${windowStart} THEN ${now} ELSE "SignInThrottle"."windowStart" END`;
  }
}

export async function clearThrottle(db: Db, key: string) {
  await db.signInThrottle.deleteMany({ where: { key } });
}

export function throttleKeys(email: string, clientAddress: string | null): string[] {
  const keys = [`email:${email.trim().toLowerCase()}`];
  if (clientAddress) keys.push(`ip:${clientAddress}`);
  return keys;
}
