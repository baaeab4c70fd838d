import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const marked: string[][] = [];
const expired: string[][] = [];
const announced: string[][] = [];
vi.mock("./tag-sync", () => ({ announceExpiredTags: async (tags: string[]) => announced.push([...tags]) }));
vi.mock("./tag-table.mjs", () => ({
  markTagsStale: (tags: string[]) => marked.push([...tags]),
  expireTags: (tags: string[]) => expired.push([...tags]),
}));
vi.mock("next/cache", () => ({ updateTag: (tag: string) => expired.push([tag]) }));
const { expireAfterSchemeChange, expireAfterWrite, markStaleAgainLater } = await import("./expire");

describe("expiring after a write", () => {
  it("expires nothing when no institution's record changed (an import whose rows were all refused)", async () => {
    expired.length = 0;
    await expireAfterWrite([]);
    expect(expired).toEqual([]);
    expect(announced).toEqual([]);
    // The dataset alone would mean "everything changed": every instance would read it whole.
    await expireAfterWrite(["kota-pekalongan"]);
    expect(expired).toContainEqual(["institution:kota-pekalongan", "dataset"]);
    expect(announced).toEqual([["institution:kota-pekalongan", "dataset"]]);
  });
});

describe("expiring after a scheme change", () => {
  it("expires the dataset in an entry of its own, so every instance reads the schemes again", async () => {
    expired.length = 0;
    announced.length = 0;
    await expireAfterSchemeChange([]);
    expect(announced).toEqual([["dataset"]]);
    await expireAfterSchemeChange(["kota-pekalongan", "kota-pekalongan"]);
    expect(announced.slice(1)).toEqual([["institution:kota-pekalongan"], ["dataset"]]);
  });
});

describe("the delayed stale marks after a write", () => {
  beforeEach(() => {
    marked.length = 0;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it("marks a write's tags stale again 1.5 s and 5 s later", () => {
    markStaleAgainLater(["institution:a", "dataset"]);
    vi.advanceTimersByTime(1499);
    expect(marked).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(marked.flat().sort()).toEqual(["dataset", "institution:a"]);
    vi.advanceTimersByTime(3500);
    expect(marked.flat().sort()).toEqual(["dataset", "dataset", "institution:a", "institution:a"]);
    vi.advanceTimersByTime(60_000);
    expect(marked).toHaveLength(4);
  });

  it("keeps only the latest write's timers for a tag, so a burst costs two extra marks", () => {
    for (let i = 0; i < 20; i++) {
      markStaleAgainLater(["dataset", `institution:${i}`]);
      vi.advanceTimersByTime(250);
    }
    vi.advanceTimersByTime(10_000);
    // Each write expired the dataset itself; only the last one's delayed marks remain.
    expect(marked.filter((t) => t[0] === "dataset")).toHaveLength(2);
    // Tags not written again keep theirs.
    for (let i = 0; i < 20; i++) expect(marked.filter((t) => t[0] === `institution:${i}`)).toHaveLength(2);
  });
});
