// The known-browser cookie: set when an account signs in, it lets that browser keep
// trying for that account while strangers' failures slow everyone else (lib/auth/throttle.ts).
// Signed with the auth secret and naming the account, so it cannot be made or moved.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "./config";

export const knownBrowserMaxAgeSeconds = 180 * 24 * 60 * 60;

/** One cookie per account the browser signed in to; the name hides the account id. */
export function knownBrowserCookieName(userId: string): string {
  return `jm_kb_${createHash("sha256").update(userId).digest("base64url").slice(0, 16)}`;
}

export function issueKnownBrowser(userId: string, now = new Date(), secret = authSecret()): string {
  const payload = `${userId}.${randomBytes(12).toString("base64url")}.${Math.floor(now.getTime() / 1000)}`;
  return `${payload}.${sign(payload, secret)}`;
}

/** The browser's id when the cookie is genuine, for this account and not expired; else null. */
export function knownBrowserId(value: string | undefined, userId: string, now = new Date(), secret = authSecret()): string | null {
  const parts = value?.split(".") ?? [];
  if (parts.length !== 4) return null;
  const [owner, id, issuedAt, signature] = parts;
  const expected = Buffer.from(sign(`${owner}.${id}.${issuedAt}`, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (owner !== userId) return null;
  const age = now.getTime() / 1000 - Number(issuedAt);
  return age >= 0 && age < knownBrowserMaxAgeSeconds ? id : null;
}

const sign = (payload: string, secret: string) => createHmac("sha256", secret).update(`known-browser:${payload}`).digest("base64url");
