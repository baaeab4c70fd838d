// The journal of expiries: what a reader holding older data asks to learn what changed since.
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => vi.useRealTimers());

async function freshJournal(now: number) {
  vi.useFakeTimers({ now });
  vi.resetModules();
  delete (globalThis as { __expiries?: unknown }).__expiries;
  return import("./tag-sync");
}

describe("the expiry journal", () => {
  it("answers with every expiry noted at or after a time, oldest first", async () => {
    const j = await freshJournal(1_000_000);
    j.recordExpiry(["institution:a", "dataset"]);
    vi.advanceTimersByTime(10);
    j.recordExpiry(["institution:b", "dataset"]);
    expect(j.expiriesSince(1_000_005)?.map((e) => e.tags)).toEqual([["institution:b", "dataset"]]);
    expect(j.expiriesSince(1_000_000)?.map((e) => e.tags[0])).toEqual(["institution:a", "institution:b"]);
    expect(j.expiriesSince(1_000_011)).toEqual([]);
    expect(j.lastRecordedExpiry("dataset")).toBe(1_000_010);
    expect(j.lastRecordedExpiry("institution:a")).toBe(1_000_000);
    expect(j.lastRecordedExpiry("institution:c")).toBe(0);
  });

  it("does not claim to know about anything before it began", async () => {
    const j = await freshJournal(2_000_000);
    expect(j.expiriesSince(1_999_999)).toBeNull();
    expect(j.expiriesSince(2_000_000)).toEqual([]);
  });

  it("forgets entries after a day and past 5 000, and says so for times before what it kept", async () => {
    const j = await freshJournal(3_000_000);
    j.recordExpiry(["institution:old", "dataset"]);
    vi.advanceTimersByTime(24 * 60 * 60 * 1000 + 1);
    j.recordExpiry(["institution:new", "dataset"]);
    expect(j.expiriesSince(3_000_000)).toBeNull();
    expect(j.expiriesSince(Date.now())?.map((e) => e.tags[0])).toEqual(["institution:new"]);

    for (let i = 0; i < 5000; i++) {
      vi.advanceTimersByTime(1);
      j.recordExpiry([`institution:${i}`, "dataset"]);
    }
    const since = Date.now() - 4999;
    expect(j.expiriesSince(since)).toHaveLength(5000);
    expect(j.expiriesSince(since - 1)).toBeNull(); // "institution:new" was let go
  });
});
