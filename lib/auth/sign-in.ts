// One sign-in attempt, from the throttle to the security log; the server action in
// lib/actions/auth.ts only reads the request and writes the cookies. Every refusal after
// the throttle costs one password hash check, whatever the reason, so timing tells an
// attacker nothing about which accounts exist or are deactivated.
import { isAPIError } from "better-auth/api"; // `instanceof APIError` fails across the server-action bundle
import { recordSecurityEvent } from "@/lib/audit/security-log";
import type { Db } from "@/lib/db";
import type { Auth } from "./auth";
import { issueKnownBrowser, knownBrowserCookieName, knownBrowserId } from "./known-browser";
import { releaseAttempt, reserveAttempt, throttleKeys } from "./throttle";

export type SignInAttempt = {
  email: string;
  password: string;
  clientAddress: string | null;
  userAgent: string | null;
  /** The request's cookies by name (the known-browser cookie is looked up for the account). */
  cookie: (name: string) => string | undefined;
  /** Handed to better-auth, which sets the session cookie through them. */
  requestHeaders: Headers;
};

export type SignInOutcome = { ok: true; userId: string; knownBrowser: { name: string; value: string } } | { ok: false; error: string };

export const wrongCredentials = "Email atau kata sandi salah, atau akun tidak aktif.";

export async function attemptSignIn(db: Db, auth: Auth, attempt: SignInAttempt, now = new Date()): Promise<SignInOutcome> {
  const email = attempt.email.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, banned: true } });
  const browserId = user ? knownBrowserId(attempt.cookie(knownBrowserCookieName(user.id)), user.id, now) : null;
  const event = { userId: user?.id ?? null, email, clientAddress: attempt.clientAddress, userAgent: attempt.userAgent };

  const reservation = await reserveAttempt(db, throttleKeys({ email, clientAddress: attempt.clientAddress, knownBrowserId: browserId }), now);
  if (!reservation.allowed) {
    // One row per wait, not per refused request: a flood must not grow the log without bound.
    if (reservation.firstRefusal) {
      await recordSecurityEvent(db, { type: "signin.throttled", ...event, detail: { retryAfterSeconds: reservation.retryAfterSeconds, knownBrowser: !!browserId } });
    }
    return { ok: false, error: `Terlalu banyak percobaan masuk. Coba lagi dalam ${waitText(reservation.retryAfterSeconds)}.` };
  }

  const failure = await checkPassword(auth, user, email, attempt);
  if (failure) {
    await recordSecurityEvent(db, { type: "signin.failure", ...event, detail: { reason: failure, knownBrowser: !!browserId } });
    return { ok: false, error: wrongCredentials };
  }
  await releaseAttempt(db, reservation.keys, now);
  await recordSecurityEvent(db, { type: "signin.success", ...event, detail: { knownBrowser: !!browserId } });
  return { ok: true, userId: user!.id, knownBrowser: { name: knownBrowserCookieName(user!.id), value: issueKnownBrowser(user!.id, now) } };
}

type FailureReason = "password" | "unknown-account" | "deactivated";

async function checkPassword(auth: Auth, user: { banned: boolean | null } | null, email: string, attempt: SignInAttempt): Promise<FailureReason | null> {
  if (!user || user.banned) {
    await checkAgainstDummy(auth, attempt.password);
    return user ? "deactivated" : "unknown-account";
  }
  try {
    await auth.api.signInEmail({ body: { email, password: attempt.password }, headers: attempt.requestHeaders });
    return null;
  } catch (e) {
    if (!isAPIError(e)) throw e;
    return "password";
  }
}

/** The same scrypt check a wrong password costs, against a hash no password matches. */
async function checkAgainstDummy(auth: Auth, password: string) {
  const { password: hasher } = await auth.$context;
  dummyHash ??= hasher.hash(`no account ${crypto.randomUUID()}`);
  await hasher.verify({ hash: await dummyHash, password });
}
let dummyHash: Promise<string> | undefined;

function waitText(seconds: number): string {
  return seconds < 60 ? `${seconds} detik` : `${Math.ceil(seconds / 60)} menit`;
}
