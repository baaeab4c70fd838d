// Settings of sign-in that come from the environment, with safe defaults for the embedded demo.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defaultPgliteDir } from "@/lib/db";
import { publicUrl } from "@/lib/public-url";

export { publicUrl };

/** Origins a browser may post from: PUBLIC_URL, plus loopback names of the same port in the demo. */
export function trustedOrigins(): string[] {
  const base = new URL(publicUrl());
  const extra = (process.env.TRUSTED_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  const loopback = ["localhost", "127.0.0.1"].includes(base.hostname) ? ["localhost", "127.0.0.1"].map((h) => `${base.protocol}//${h}${base.port ? `:${base.port}` : ""}`) : [];
  return [...new Set([base.origin, ...loopback, ...extra])];
}

/**
 * BETTER_AUTH_SECRET signs session cookies. A real deployment must set it; the embedded
 * demo keeps a generated one beside its data folder so sessions survive a restart.
 */
export function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error("BETTER_AUTH_SECRET must be at least 32 characters.");
    return fromEnv;
  }
  if (process.env.DATABASE_URL) {
    throw new Error("BETTER_AUTH_SECRET is not set. With DATABASE_URL, set it to a random string of 32+ characters (e.g. `openssl rand -base64 32`).");
  }
  const dir = path.dirname(path.resolve(defaultPgliteDir()));
  const file = path.join(dir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * The sign-in throttle (lib/auth/throttle.ts). SIGNIN_MAX_ATTEMPTS failures of one email
 * from one client (or one known browser) go unhindered; from then on every attempt waits,
 * 30 s doubling up to SIGNIN_WINDOW_SECONDS. A client address across emails and an email
 * across clients get four times as many. A day without an attempt forgets a key.
 */
export const signInLimits = {
  freeAttempts: positiveInteger("SIGNIN_MAX_ATTEMPTS", 5),
  firstDelayMs: 30_000,
  maxDelayMs: positiveInteger("SIGNIN_WINDOW_SECONDS", 900) * 1000,
  forgetAfterMs: 24 * 60 * 60 * 1000,
  /** An office behind one gateway, or one person on several devices: more room, same delays. */
  sharedKeyFactor: 4,
};

/**
 * How many proxies in front of the app append to X-Forwarded-For. 0 (the default): the
 * app faces clients itself and the socket's address is the client; N: the Nth address
 * from the right of X-Forwarded-For, the one the outermost trusted proxy saw.
 */
export function trustedProxyHops(): number {
  return nonNegativeInteger("TRUSTED_PROXY_HOPS", 0);
}

function positiveInteger(name: string, fallback: number): number {
  const value = nonNegativeInteger(name, fallback);
  if (value === 0) throw new Error(`${name} must be a positive whole number.`);
  return value;
}

function nonNegativeInteger(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a whole number, not "${raw}".`);
  return Number(raw);
}
