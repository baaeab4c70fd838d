// The sign-in throttle on a real database: counted before the check, atomically, then
// growing waits; success gives the attempt back; a known browser has a key of its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb, type TestDb } from "@/prisma/test-db";
import { signInLimits } from "./config";
import { delayAfter, releaseAttempt, reserveAttempt, throttleKeys } from "./throttle";

let t: TestDb;
beforeAll(async () => {
  t = await openTestDb();
});
afterAll(async () => {
  await t?.drop();
});

const { freeAttempts: FREE, firstDelayMs, maxDelayMs, sharedKeyFactor } = signInLimits;
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);
const row = (key: string) => t.db.signInThrottle.findUnique({ where: { key } });

describe("sign-in throttle", () => {
  it("names the keys: email and client, client, email; a known browser only its own", () => {
    expect(throttleKeys({ email: "  Someone@Example.go.id ", clientAddress: "198.51.100.7" })).toEqual([
      { key: "email+client:someone@example.go.id|198.51.100.7", free: FREE },
      { key: "client:198.51.100.7", free: FREE * sharedKeyFactor },
      { key: "email:someone@example.go.id", free: FREE * sharedKeyFactor },
    ]);
    expect(throttleKeys({ email: "a@b.go.id", clientAddress: null })[1].key).toBe("client:unknown");
    expect(throttleKeys({ email: "a@b.go.id", clientAddress: "198.51.100.7", knownBrowserId: "b1" })).toEqual([{ key: "known:b1", free: FREE }]);
  });

  it("lets only the free attempts of 20 parallel ones through: each is counted before any is checked", async () => {
    const keys = throttleKeys({ email: "parallel@example.go.id", clientAddress: "198.51.100.20" });
    const now = new Date("2026-11-22T08:00:00Z");
    const verdicts = await Promise.all(Array.from({ length: 20 }, () => reserveAttempt(t.db, keys, now)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(FREE);
    const refused = verdicts.filter((v) => !v.allowed);
    expect(refused.every((v) => v.retryAfterSeconds === firstDelayMs / 1000)).toBe(true);
    expect(refused.filter((v) => v.firstRefusal)).toHaveLength(1);
    // Refused attempts were handed back: the shared keys hold only the attempts let through.
    expect((await row(keys[0].key))?.count).toBe(FREE);
    expect((await row(keys[1].key))?.count).toBe(FREE);
    expect((await row(keys[2].key))?.count).toBe(FREE);
  });

  it("makes each attempt past the free ones wait longer, 30 s doubling to the cap, and forgets after a quiet day", async () => {
    const keys = throttleKeys({ email: "slow@example.go.id", clientAddress: "198.51.100.21" });
    let now = new Date("2026-11-22T08:00:00Z");
    for (let i = 0; i < FREE; i++) expect((await reserveAttempt(t.db, keys, now)).allowed).toBe(true);
    const waits: number[] = [];
    for (let n = FREE; n < FREE + 8; n++) {
      const wait = delayAfter(n, FREE);
      expect(await reserveAttempt(t.db, keys, at(now, wait - 1000))).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
      now = at(now, wait);
      expect((await reserveAttempt(t.db, keys, now)).allowed).toBe(true);
      waits.push(wait / 1000);
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 900, 900, 900].map((s) => Math.min(s, maxDelayMs / 1000)));
    const quietDay = at(now, delayAfter(FREE + 8, FREE) + signInLimits.forgetAfterMs + 1);
    expect((await reserveAttempt(t.db, keys, quietDay)).allowed).toBe(true);
    expect((await row(keys[0].key))?.count).toBe(1);
  });

  it("a stranger's failures on the owner's email do not touch the owner's known browser", async () => {
    const now = new Date("2026-11-22T09:00:00Z");
    // From 25 addresses, 4 failures each: no address reaches its own limit, the email does.
    for (let a = 0; a < 25; a++) {
      for (let i = 0; i < 4; i++) await reserveAttempt(t.db, throttleKeys({ email: "owner@example.go.id", clientAddress: `203.0.113.${a}` }), now);
    }
    const newcomer = await reserveAttempt(t.db, throttleKeys({ email: "owner@example.go.id", clientAddress: "198.51.100.99" }), now);
    expect(newcomer).toMatchObject({ allowed: false });
    const known = await reserveAttempt(t.db, throttleKeys({ email: "owner@example.go.id", clientAddress: "203.0.113.1", knownBrowserId: "owner-laptop" }), now);
    expect(known.allowed).toBe(true);
  });

  it("gives the attempt back on success: the personal key starts again, shared keys lose one count, quiet keys go", async () => {
    const now = new Date("2026-11-22T10:00:00Z");
    const keys = throttleKeys({ email: "typo@example.go.id", clientAddress: "198.51.100.30" });
    for (let i = 0; i < 3; i++) await reserveAttempt(t.db, keys, now);
    const success = await reserveAttempt(t.db, keys, now);
    if (!success.allowed) throw new Error("expected an allowed attempt");
    const stale = throttleKeys({ email: "made-up@example.go.id", clientAddress: "198.51.100.31" });
    await reserveAttempt(t.db, stale, at(now, -signInLimits.forgetAfterMs - 1));
    await releaseAttempt(t.db, success.keys, now);
    expect(await row(keys[0].key)).toBeNull();
    expect((await row(keys[1].key))?.count).toBe(3);
    expect((await row(keys[2].key))?.count).toBe(3);
    // Keys quiet for a day are swept: they would count from nothing anyway.
    expect(await t.db.signInThrottle.count({ where: { key: { in: stale.map((k) => k.key) } } })).toBe(0);
  });
});
