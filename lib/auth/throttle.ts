// Sign-in throttle: every attempt reserves a count on each of its keys *before* the
// password is checked, in one atomic statement per key, so N parallel attempts see counts
// 1..N and only the free ones reach the password check. Past the free attempts a key
// makes each further attempt wait, 30 s doubling to a cap; nothing ever locks an account.
// Keys are chosen so a stranger's failures cannot shut the owner out (docs/decisions/010).
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { signInLimits } from "./config";

export type ThrottleKey = { key: string; free: number };
export type Reservation =
  | { allowed: true; keys: ThrottleKey[] }
  /** firstRefusal: the first attempt refused in this wait (the one worth a security-log row). */
  | { allowed: false; retryAfterSeconds: number; firstRefusal: boolean };

/**
 * A browser that signed in to this account before (a valid known-browser cookie) is
 * throttled on its own failures only. Anyone else on (email, client), on the client
 * across emails and on the email across clients: the last one slows an attacker who
 * spreads guesses over many addresses, and is the one a known browser escapes.
 */
export function throttleKeys(attempt: { email: string; clientAddress: string | null; knownBrowserId?: string | null }): ThrottleKey[] {
  const { freeAttempts: free, sharedKeyFactor } = signInLimits;
  if (attempt.knownBrowserId) return [{ key: `known:${attempt.knownBrowserId}`, free }];
  const email = attempt.email.trim().toLowerCase();
  // No address known (a misconfigured proxy chain): such clients share one bucket.
  const client = attempt.clientAddress ?? "unknown";
  return [
    { key: `email+client:${email}|${client}`, free },
    { key: `client:${client}`, free: free * sharedKeyFactor },
    { key: `email:${email}`, free: free * sharedKeyFactor },
  ];
}

/** The wait after the count-th attempt on a key that lets `free` attempts through unhindered. */
export function delayAfter(count: number, free: number): number {
  if (count < free) return 0;
  const { firstDelayMs, maxDelayMs } = signInLimits;
  return Math.min(maxDelayMs, firstDelayMs * 2 ** Math.min(count - free, 30));
}

/**
 * Reserves one attempt on every key, most specific first. A key still waiting refuses
 * without counting, and the keys already reserved for this attempt are handed back.
 */
export async function reserveAttempt(db: Db, keys: ThrottleKey[], now = new Date()): Promise<Reservation> {
  const reserved: ThrottleKey[] = [];
  for (const key of keys) {
    const count = await reserveOne(db, key, now);
    if (count === null) {
      await giveBack(db, reserved);
      return { allowed: false, ...(await refuse(db, key.key, now)) };
    }
    reserved.push(key);
  }
  return { allowed: true, keys: reserved };
}

async function reserveOne(db: Db, { key, free }: ThrottleKey, now: Date): Promise<number | null> {
  const forgetBefore = new Date(now.getTime() - signInLimits.forgetAfterMs);
  const first = delayAfter(1, free);
  const newCount = Prisma.sql`(CASE WHEN t."lastAttemptAt" < ${iso(forgetBefore)}::timestamp(3) THEN 1 ELSE t."count" + 1 END)`;
  // The delay grows with the count: firstDelay · 2^(count − free), capped (as delayAfter).
  const exponent = Prisma.sql`LEAST(${newCount} - ${free}::int, 30)`;
  const delaySeconds = Prisma.sql`LEAST(${signInLimits.maxDelayMs / 1000}::float8, ${signInLimits.firstDelayMs / 1000}::float8 * power(2::float8, ${exponent}))`;
  // ON CONFLICT DO UPDATE locks the row: concurrent attempts on a key run one after another,
  // each seeing the count the previous one left. A row still waiting is not updated (no row back).
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "SignInThrottle" AS t ("key", "count", "lastAttemptAt", "blockedUntil")
    VALUES (${key}, 1, ${iso(now)}::timestamp(3), ${first ? iso(new Date(now.getTime() + first)) : null}::timestamp(3))
    ON CONFLICT ("key") DO UPDATE SET
      "count" = ${newCount},
      "lastAttemptAt" = EXCLUDED."lastAttemptAt",
      "refused" = 0,
      "blockedUntil" = CASE WHEN ${newCount} >= ${free}::int
        THEN EXCLUDED."lastAttemptAt" + make_interval(secs => ${delaySeconds}) ELSE NULL END
    WHERE t."blockedUntil" IS NULL OR t."blockedUntil" <= EXCLUDED."lastAttemptAt"
    RETURNING "count"`;
  return rows.length ? Number(rows[0].count) : null;
}

/** Timestamps go in as UTC text: a timestamp column ignores the zone, whatever the session's is. */
const iso = (at: Date) => at.toISOString();

/** A refused attempt changes no count; it only notes that the wait has been tried. */
async function refuse(db: Db, key: string, now: Date) {
  const rows = await db.$queryRaw<{ blockedUntil: Date | null; refused: number }[]>`
    UPDATE "SignInThrottle" SET "refused" = "refused" + 1 WHERE "key" = ${key}
    RETURNING "blockedUntil", "refused"`;
  const until = rows[0]?.blockedUntil ? new Date(rows[0].blockedUntil).getTime() : now.getTime();
  return { retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)), firstRefusal: Number(rows[0]?.refused ?? 1) === 1 };
}

/**
 * After a successful sign-in the attempt was no failure: the personal key (this client
 * or this known browser for the account) starts again from nothing, the shared keys
 * give back the one count this attempt reserved.
 */
export async function releaseAttempt(db: Db, keys: ThrottleKey[], now = new Date()) {
  const [personal, ...shared] = keys;
  if (personal) await db.signInThrottle.deleteMany({ where: { key: personal.key } });
  await giveBack(db, shared);
  // Keys quiet for a day count as new anyway; sweeping them here (sign-ins are rare) keeps
  // a stranger's made-up emails and addresses from piling up.
  await db.signInThrottle.deleteMany({ where: { lastAttemptAt: { lt: new Date(now.getTime() - signInLimits.forgetAfterMs) } } });
}

async function giveBack(db: Db, keys: ThrottleKey[]) {
  for (const { key, free } of keys) {
    await db.$executeRaw`
      UPDATE "SignInThrottle" SET
        "count" = GREATEST("count" - 1, 0),
        "blockedUntil" = CASE WHEN "count" - 1 < ${free}::int THEN NULL ELSE "blockedUntil" END
      WHERE "key" = ${key}`;
  }
}
