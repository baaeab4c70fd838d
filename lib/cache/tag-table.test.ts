// The tag table both caches are judged by, and its journal of expiries: what a reader
// holding older data asks to learn what changed since.
import { afterEach, describe, expect, it, vi } from "vitest";
import * as table from "./tag-table.mjs";

afterEach(() => vi.useRealTimers());

function freshTable(now: number) {
  vi.useFakeTimers({ now });
  table.resetTagTable();
  return table;
}

describe("the tag table", () => {
  it("expires entries made before an expiry, the same millisecond included, and not later ones", () => {
    const t = freshTable(1_000_000);
    t.expireTags(["institution:a"]);
    expect(t.expiredSince(["institution:a"], 999_000)).toBe(true);
    expect(t.expiredSince(["institution:a"], 1_000_000)).toBe(true);
    expect(t.expiredSince(["institution:a"], 1_000_001)).toBe(false);
    expect(t.expiredSince(["institution:b"], 0)).toBe(false);
    expect(t.tagExpiredAt("institution:a")).toBe(1_000_000);
  });

  it("takes Next.js's updateTag (no durations) as expired now, and revalidateTag's durations as stale now", () => {
    const t = freshTable(2_000_000);
    t.updateTags(["a"]);
    expect(t.expiredSince(["a"], 2_000_000)).toBe(true);
    t.updateTags("b", { expire: 0 });
    expect(t.expiredSince(["b"], 2_000_000)).toBe(true);
    t.updateTags(["c"], { expire: 60 }); // revalidateTag(tag, "max"): stale now, expired in a minute
    expect(t.staleSince(["c"], 2_000_000)).toBe(true);
    expect(t.expiredSince(["c"], 2_000_000)).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(t.expiredSince(["c"], 2_000_000)).toBe(true);
  });

  it("never moves an expiry back, nor into the future", () => {
    const t = freshTable(3_000_000);
    t.expireTags(["a"]);
    t.expireTags(["a"], 1_000);
    expect(t.tagExpiredAt("a")).toBe(3_000_000);
    t.expireTags(["b"], 9_000_000);
    expect(t.tagExpiredAt("b")).toBe(3_000_000);
  });
});

describe("the expiry journal", () => {
  it("answers with every expiry noted at or after a time, oldest first", () => {
    const j = freshTable(1_000_000);
    j.expireTags(["institution:a", "dataset"]);
    vi.advanceTimersByTime(100);
    j.expireTags(["institution:b", "dataset"]);
    expect(j.expiriesSince(1_000_050)?.map((e) => e.tags)).toEqual([["institution:b", "dataset"]]);
    expect(j.expiriesSince(1_000_000)?.map((e) => e.tags[0])).toEqual(["institution:a", "institution:b"]);
    expect(j.expiriesSince(1_000_101)).toEqual([]);
  });

  it("notes once an expiry that reaches it twice in one moment (updateTag calls both handlers), and every later one", () => {
    const j = freshTable(1_500_000);
    j.updateTags(["institution:a", "dataset"]);
    j.updateTags(["institution:a", "dataset"], { expire: 0 });
    expect(j.expiriesSince(1_500_000)).toHaveLength(1);
    // The same tags expiring again a moment later is another write: noted.
    vi.advanceTimersByTime(1);
    j.expireTags(["institution:a", "dataset"]);
    expect(j.expiriesSince(1_500_000)).toHaveLength(2);
  });

  it("does not claim to know about anything before it began", () => {
    const j = freshTable(2_000_000);
    expect(j.expiriesSince(1_999_999)).toBeNull();
    expect(j.expiriesSince(2_000_000)).toEqual([]);
  });

  it("forgets entries after a day and past 5 000, and says so for times before what it kept", () => {
    const j = freshTable(3_000_000);
    j.expireTags(["institution:old", "dataset"]);
    vi.advanceTimersByTime(24 * 60 * 60 * 1000 + 1);
    j.expireTags(["institution:new", "dataset"]);
    expect(j.expiriesSince(3_000_000)).toBeNull();
    expect(j.expiriesSince(Date.now())?.map((e) => e.tags[0])).toEqual(["institution:new"]);

    for (let i = 0; i < 5000; i++) {
      vi.advanceTimersByTime(1);
      j.expireTags([`institution:${i}`, "dataset"]);
    }
    const since = Date.now() - 4999;
    expect(j.expiriesSince(since)).toHaveLength(5000);
    expect(j.expiriesSince(since - 1)).toBeNull(); // "institution:new" was let go
  });
});
