// better-auth on the app's Prisma client: email and password, sessions in the database.
// Accounts are made by admins (lib/actions/users.ts), never by sign-up; the HTTP
// handler is not mounted: staff sign in through the server action in lib/actions/auth.ts.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { getDb, type Db } from "@/lib/db";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/password";
import { authSecret, publicUrl, trustedOrigins } from "./config";
import { sessionLimits } from "./session-policy";

export function createAuth(db: Db) {
  const baseURL = publicUrl();
  // A session row and its cookie live as long as the absolute limit and are never
  // extended (an update age as long as the lifetime never comes); the idle limit is
  // applied per request by lib/auth/actor.ts.
  const lifetimeSeconds = Math.round(sessionLimits().maxMs / 1000);
  return betterAuth({
    appName: "Jejak Merit",
    baseURL,
    secret: authSecret(),
    trustedOrigins: trustedOrigins(),
    database: prismaAdapter(db, { provider: "postgresql", transaction: true }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: PASSWORD_MIN, maxPasswordLength: PASSWORD_MAX, autoSignIn: false },
    session: { expiresIn: lifetimeSeconds, updateAge: lifetimeSeconds },
    advanced: {
      useSecureCookies: baseURL.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
    },
    plugins: [nextCookies()], // must be the last plugin
  });
}
export type Auth = ReturnType<typeof createAuth>;

// Created on first use, like the database client: `next build` never opens either.
const g = globalThis as typeof globalThis & { __auth?: Promise<Auth> };
export function getAuth(): Promise<Auth> {
  g.__auth ??= getDb()
    .then(createAuth)
    .catch((e) => {
      g.__auth = undefined;
      throw e;
    });
  return g.__auth;
}
