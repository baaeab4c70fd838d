// The sign-in throttle on a real database: a window of failures per key, then a wait.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, type TestDb } from "@/prisma/test-db";
import { signInLimits } from "./config";
import { checkThrottle, clearThrottle, recordFailure, throttleKeys } from "./throttle";

let t: TestDb;
beforeAll(async () => {
  t = await openTestDb();
});
afterAll(async () => {
  await t?.drop();
});

describe("sign-in throttle", () => {
  it("allows the configured number of failures, then asks to wait until the window ends", async () => {
    const keys = throttleKeys("  Someone@Example.go.id ", "198.51.100.7");
    expect(keys).toEqual(["email:someone@example.go.id", "ip:198.51.100.7"]);
    const start = new Date("2026-11-22T08:00:00Z");
    for (let i = 0; i < signInLimits.maxAttempts; i++) {
      expect(await checkThrottle(t.db, keys, start)).toEqual({ allowed: true });
      await recordFailure(t.db, keys, start);
    }
    const verdict = await checkThrottle(t.db, keys, new Date(start.getTime() + 60_000));
    expect(verdict).toEqual({ allowed: false, retryAfterSeconds: signInLimits.windowMs / 1000 - 60 });
    const later = new Date(start.getTime() + signInLimits.windowMs + 1);
    expect(await checkThrottle(t.db, keys, later)).toEqual({ allowed: true });
    await recordFailure(t.db, keys, later);
    expect((await t.db.signInThrottle.findUniqueOrThrow({ where: { key: keys[0] } })).count).toBe(1);
  });

  it("gives one client address four times the attempts of one email", async () => {
    const now = new Date();
    for (let i = 0; i < signInLimits.maxAttempts * 4 - 1; i++) await recordFailure(t.db, [`email:user${i}@example.go.id`, "ip:203.0.113.5"], now);
    expect(await checkThrottle(t.db, ["email:new@example.go.id", "ip:203.0.113.5"], now)).toEqual({ allowed: true });
    await recordFailure(t.db, ["ip:203.0.113.5"], now);
    expect(await checkThrottle(t.db, ["email:new@example.go.id", "ip:203.0.113.5"], now)).toMatchObject({ allowed: false });
  });

  it("forgets an email's failures after a successful sign-in, but not the address's", async () => {
    const keys = throttleKeys("other@example.go.id", "198.51.100.8");
    await recordFailure(t.db, keys);
    await clearThrottle(t.db, keys[0]);
    expect(await t.db.signInThrottle.findUnique({ where: { key: keys[0] } })).toBeNull();
    expect(await t.db.signInThrottle.findUnique({ where: { key: keys[1] } })).not.toBeNull();
  });
});
