// better-auth on the app's Prisma client: email and password, sessions in the database.
// Accounts are made by admins (lib/actions/users.ts), never by sign-up; the HTTP
// handler is not mounted: staff sign in through the server action in lib/actions/auth.ts.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { getDb, type Db } from "@/lib/db";
import { authSecret, publicUrl, trustedOrigins } from "./config";

export function createAuth(db: Db) {
  const baseURL = publicUrl();
  return betterAuth({
    appName: "Jejak Merit",
    baseURL,
    secret: authSecret(),
    trustedOrigins: trustedOrigins(),
    database: prismaAdapter(db, { provider: "postgresql", transaction: true }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, autoSignIn: false },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
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
  g.__auth ??= getDb().then(createAuth).catch((e) => {
    g.__auth = undefined;
    throw e;
  });
  return g.__auth;
}
