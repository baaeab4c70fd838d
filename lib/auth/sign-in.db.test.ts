// Whole sign-in attempts against better-auth on a real database: how many reach the
// password check, what a known browser may do while a stranger fails, the equal work of
// every refusal, and the security log of each outcome.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { insertAccount } from "@/lib/accounts/accounts";
import { failedSignInsSincePreviousSignIn } from "@/lib/queries/failed-sign-ins";
import { openTestDb, type TestDb } from "@/prisma/test-db";
import { createAuth, type Auth } from "./auth";
import { signInLimits } from "./config";
import { attemptSignIn, wrongCredentials, type SignInAttempt } from "./sign-in";

let t: TestDb;
let auth: Auth;
let verify: ReturnType<typeof vi.spyOn>;
const OWNER = { email: "owner@example.go.id", password: "owner-password-1" };
const RETIRED = { email: "retired@example.go.id", password: "retired-password-1" };
let ownerId = "";

beforeAll(async () => {
  vi.stubEnv("BETTER_AUTH_SECRET", "test-secret-test-secret-test-secret-0123");
  t = await openTestDb();
  auth = createAuth(t.db);
  // A password hash inside each transaction: allow for a busy machine.
  const slow = { timeout: 60_000 };
  ownerId = (await t.db.$transaction((tx) => insertAccount(tx, { name: "Owner", ...OWNER, role: "admin", institutionIds: [] }), slow)).id;
  const retired = await t.db.$transaction((tx) => insertAccount(tx, { name: "Retired", ...RETIRED, role: "admin", institutionIds: [] }), slow);
  await t.db.user.update({ where: { id: retired.id }, data: { banned: true } });
  verify = vi.spyOn((await auth.$context).password, "verify");
}, 120_000);
afterAll(async () => {
  await t?.drop();
  vi.unstubAllEnvs();
});
beforeEach(async () => {
  verify.mockClear();
  await t.db.signInThrottle.deleteMany();
});

function attempt(who: { email: string; password: string }, clientAddress: string, cookies: Record<string, string> = {}): SignInAttempt {
  return { ...who, clientAddress, userAgent: "vitest", cookie: (name) => cookies[name], requestHeaders: new Headers() };
}
const events = (type: string, email: string) => t.db.securityEvent.findMany({ where: { type, email }, orderBy: { at: "asc" } });

describe("sign-in attempts", () => {
  it("checks the password of at most the free attempts when 20 wrong ones arrive together", async () => {
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => attemptSignIn(t.db, auth, attempt({ email: OWNER.email, password: `wrong-${i}` }, "198.51.100.1"))));
    expect(verify).toHaveBeenCalledTimes(signInLimits.freeAttempts);
    expect(outcomes.filter((o) => !o.ok && o.error === wrongCredentials)).toHaveLength(signInLimits.freeAttempts);
    expect(outcomes.filter((o) => !o.ok && o.error.startsWith("Terlalu banyak percobaan masuk"))).toHaveLength(20 - signInLimits.freeAttempts);
    // Every checked failure is logged against the account; the refusals once per wait.
    const failures = await events("signin.failure", OWNER.email);
    expect(failures).toHaveLength(signInLimits.freeAttempts);
    expect(failures.every((e) => e.userId === ownerId && e.clientAddress === "198.51.100.1" && e.userAgent === "vitest")).toBe(true);
    expect(await events("signin.throttled", OWNER.email)).toHaveLength(1);
  });

  it("lets the owner's known browser in while a stranger on the same address is made to wait", async () => {
    const first = await attemptSignIn(t.db, auth, attempt(OWNER, "198.51.100.2"));
    if (!first.ok) throw new Error(first.error);
    expect(first.userId).toBe(ownerId);
    const knownCookie = { [first.knownBrowser.name]: first.knownBrowser.value };

    for (let i = 0; i < signInLimits.freeAttempts; i++) {
      expect(await attemptSignIn(t.db, auth, attempt({ email: OWNER.email, password: `guess-${i}` }, "198.51.100.2"))).toEqual({ ok: false, error: wrongCredentials });
    }
    const stranger = await attemptSignIn(t.db, auth, attempt(OWNER, "198.51.100.2"));
    // The wait runs from the fifth attempt's start; its password check took a moment.
    expect(stranger).toEqual({ ok: false, error: expect.stringMatching(/^Terlalu banyak percobaan masuk\. Coba lagi dalam (2\d|30) detik\.$/) });

    const owner = await attemptSignIn(t.db, auth, attempt(OWNER, "198.51.100.2", knownCookie));
    expect(owner.ok).toBe(true);
    const successes = await events("signin.success", OWNER.email);
    expect(successes.at(-1)).toMatchObject({ userId: ownerId, clientAddress: "198.51.100.2", detail: { knownBrowser: true } });

    // A tampered cookie is no cookie, and a genuine one names its account only.
    const forged = { [first.knownBrowser.name]: `${first.knownBrowser.value}x` };
    expect(await attemptSignIn(t.db, auth, attempt(OWNER, "198.51.100.2", forged))).toMatchObject({ ok: false, error: expect.stringMatching(/^Terlalu banyak/) });
    expect(await attemptSignIn(t.db, auth, attempt(RETIRED, "198.51.100.2", knownCookie))).toEqual({ ok: false, error: wrongCredentials });
    expect((await events("signin.failure", RETIRED.email)).at(-1)?.detail).toMatchObject({ knownBrowser: false });
  });

  it("runs the same password check for a deactivated or unknown account as for a wrong password", async () => {
    expect(await attemptSignIn(t.db, auth, attempt(RETIRED, "198.51.100.3"))).toEqual({ ok: false, error: wrongCredentials });
    expect(verify).toHaveBeenCalledTimes(1);
    expect(await attemptSignIn(t.db, auth, attempt({ email: "nobody@example.go.id", password: "whatever-1" }, "198.51.100.3"))).toEqual({
      ok: false,
      error: wrongCredentials,
    });
    expect(verify).toHaveBeenCalledTimes(2);
    expect(await attemptSignIn(t.db, auth, attempt({ ...OWNER, password: "wrong-password" }, "198.51.100.3"))).toEqual({ ok: false, error: wrongCredentials });
    expect(verify).toHaveBeenCalledTimes(3);
    expect((await events("signin.failure", RETIRED.email)).at(-1)?.detail).toMatchObject({ reason: "deactivated" });
    expect((await events("signin.failure", "nobody@example.go.id")).at(-1)).toMatchObject({ userId: null, detail: { reason: "unknown-account" } });
    expect(await t.db.session.count({ where: { user: { email: RETIRED.email } } })).toBe(0);
  });

  it("tells the owner of the failed attempts since the previous sign-in", async () => {
    expect((await attemptSignIn(t.db, auth, attempt(OWNER, "198.51.100.4"))).ok).toBe(true);
    for (const guess of ["guess-a", "guess-b"]) await attemptSignIn(t.db, auth, attempt({ email: OWNER.email, password: guess }, "203.0.113.9"));
    expect((await attemptSignIn(t.db, auth, attempt(OWNER, "198.51.100.4"))).ok).toBe(true);
    expect(await failedSignInsSincePreviousSignIn(t.db, ownerId)).toMatchObject({ count: 2, last: { clientAddress: "203.0.113.9" } });
    expect((await attemptSignIn(t.db, auth, attempt(OWNER, "198.51.100.4"))).ok).toBe(true);
    expect(await failedSignInsSincePreviousSignIn(t.db, ownerId)).toBeNull();
  });
});
