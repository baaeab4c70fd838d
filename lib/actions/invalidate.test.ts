import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const expired: string[][] = [];
vi.mock("@/lib/cache/tag-sync", () => ({
  expireLocally: (tags: string[]) => expired.push([...tags]),
  announceExpiredTags: async () => {},
}));
const { expireAgainLater } = await import("./invalidate");

describe("the delayed second expiry after a write", () => {
  beforeEach(() => {
    expired.length = 0;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it("expires a write's tags again 1.5 s and 5 s later", () => {
    expireAgainLater(["institution:a", "dataset"]);
    vi.advanceTimersByTime(1499);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(expired.flat().sort()).toEqual(["dataset", "institution:a"]);
    vi.advanceTimersByTime(3500);
    expect(expired.flat().sort()).toEqual(["dataset", "dataset", "institution:a", "institution:a"]);
    vi.advanceTimersByTime(60_000);
    expect(expired).toHaveLength(4);
  });

  it("keeps only the latest write's timers for a tag, so a burst costs two extra expiries", () => {
    for (let i = 0; i < 20; i++) {
      expireAgainLater(["dataset", `institution:${i}`]);
      vi.advanceTimersByTime(250);
    }
    vi.advanceTimersByTime(10_000);
    // Each write expired the dataset itself; only the last one's delayed expiries remain.
    expect(expired.filter((t) => t[0] === "dataset")).toHaveLength(2);
    // Tags not written again keep theirs.
    for (let i = 0; i < 20; i++) expect(expired.filter((t) => t[0] === `institution:${i}`)).toHaveLength(2);
  });
});
