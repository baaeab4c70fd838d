// The sign-in and sign-out actions as Next calls them: the client address read through the
// trusted hops, the known-browser cookie written for the sign-in page only, and both
// events in the security log.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { insertAccount } from "@/lib/accounts/accounts";
import { openTestDb, type TestDb } from "@/prisma/test-db";

type Cookie = { value: string; options?: Record<string, unknown> };
const request = vi.hoisted(() => ({ headers: new Headers(), jar: new Map<string, Cookie>() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => (request.jar.has(name) ? { name, value: request.jar.get(name)!.value } : undefined),
    set: (name: string, value: string, options?: Record<string, unknown>) => request.jar.set(name, { value, options }),
  }),
}));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
}));

const { signIn, signOut } = await import("./auth");
const { getAuth } = await import("@/lib/auth/auth");

let t: TestDb;
const STAFF = { email: "staff@example.go.id", password: "staff-password-1" };
let staffId = "";

beforeAll(async () => {
  vi.stubEnv("BETTER_AUTH_SECRET", "test-secret-test-secret-test-secret-0123");
  vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
  t = await openTestDb();
  (globalThis as { __db?: Promise<unknown> }).__db = Promise.resolve(t.db);
  staffId = (await t.db.$transaction((tx) => insertAccount(tx, { name: "Staff", ...STAFF, role: "editor", institutionIds: [] }), { timeout: 60_000 })).id;
}, 120_000);
afterAll(async () => {
  await t?.drop();
  vi.unstubAllEnvs();
  delete (globalThis as { __db?: unknown; __auth?: unknown }).__db;
  delete (globalThis as { __auth?: unknown }).__auth;
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("sign-in and sign-out actions", () => {
  it("signs in from the address our proxy saw, remembers the browser, and logs both ends of the session", async () => {
    // The client wrote 6.6.6.6; our one trusted proxy appended the address it saw.
    request.headers = new Headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.50", "user-agent": "test-browser" });
    await expect(signIn({}, form({ ...STAFF, returnTo: "/admin/evaluasi" }))).rejects.toThrow("redirect:/admin/evaluasi");
    const known = [...request.jar.entries()].find(([name]) => name.startsWith("jm_kb_"));
    expect(known?.[1].options).toMatchObject({ path: "/admin/masuk", httpOnly: true, sameSite: "lax" });
    expect(await t.db.securityEvent.findFirst({ where: { type: "signin.success", userId: staffId } })).toMatchObject({
      clientAddress: "198.51.100.50",
      userAgent: "test-browser",
    });

    // Signing out: a session of the account (better-auth's own cookie, as a browser sends it).
    const { headers: issued } = await (await getAuth()).api.signInEmail({ body: STAFF, returnHeaders: true });
    const cookie = issued
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    request.headers = new Headers({ cookie, "x-forwarded-for": "198.51.100.50" });
    await expect(signOut()).rejects.toThrow("redirect:/admin/masuk");
    expect(await t.db.securityEvent.findFirst({ where: { type: "signout", userId: staffId } })).toMatchObject({ clientAddress: "198.51.100.50" });
  });

  it("answers a wrong password with the one message and logs it", async () => {
    request.headers = new Headers({ "x-forwarded-for": "198.51.100.51" });
    expect(await signIn({}, form({ email: STAFF.email, password: "wrong-password" }))).toEqual({
      error: "Email atau kata sandi salah, atau akun tidak aktif.",
      email: STAFF.email,
    });
    expect(await t.db.securityEvent.count({ where: { type: "signin.failure", userId: staffId, clientAddress: "198.51.100.51" } })).toBe(1);
  });
});
