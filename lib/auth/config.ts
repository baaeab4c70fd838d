// Settings of sign-in that come from the environment, with safe defaults for the embedded demo.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { defaultPgliteDir } from "@/lib/db";

export function publicUrl() {
  return (process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

/** Origins a browser may post from: PUBLIC_URL, plus loopback names of the same port in the demo. */
export function trustedOrigins(): string[] {
  const base = new URL(publicUrl());
  const extra = (process.env.TRUSTED_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean);
  const loopback = ["localhost", "127.0.0.1"].includes(base.hostname)
    ? ["localhost", "127.0.0.1"].map((h) => `${base.protocol}//${h}${base.port ? `:${base.port}` : ""}`)
    : [];
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

export const signInLimits = {
  maxAttempts: Number(process.env.SIGNIN_MAX_ATTEMPTS ?? 5),
  windowMs: Number(process.env.SIGNIN_WINDOW_SECONDS ?? 900) * 1000,
};
