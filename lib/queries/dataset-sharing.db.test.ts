// The published record is one live object per process, shared by every view until the
// dataset tag expires (a write here, or another instance's through the tag sync).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openTestDb, type TestDb } from "@/prisma/test-db";
import { seedAll } from "@/prisma/seed/index";

vi.mock("next/cache", () => ({ cacheTag: vi.fn(), cacheLife: vi.fn() }));

const { getDataset } = await import("./public");
const { expireLocally, markStaleLocally } = await import("@/lib/cache/tag-sync");
const { tags } = await import("./cache-tags");

let t: TestDb;
// Expiry and load times are in ms, and a load that starts in the same ms as an expiry is
// (conservatively) not kept: let the clock move on between the two.
const tick = () => new Promise((r) => setTimeout(r, 3));
const nameOf = async (slug: string) => (await getDataset()).institutions.find((i) => i.slug === slug)?.name;

beforeAll(async () => {
  t = await openTestDb();
  (globalThis as { __db?: Promise<unknown> }).__db = Promise.resolve(t.db);
  await seedAll(t.db);
  expireLocally([tags.dataset]); // nothing from another test file's database
  await tick();
}, 120_000);

afterAll(async () => {
  expireLocally([tags.dataset]);
  await t?.drop();
});

describe("the shared dataset", () => {
  it("is one object for every reader until the dataset tag expires", async () => {
    const first = await getDataset();
    expect(await getDataset()).toBe(first);
    const [a, b] = await Promise.all([getDataset(), getDataset()]);
    expect([a, b]).toEqual([first, first]);
  });

  it("is reloaded, with the write, once the tag expires; not before", async () => {
    const before = await getDataset();
    await t.db.institution.update({ where: { slug: "kota-sabang" }, data: { name: "Kota Sabang (diubah)" } });
    expect(await nameOf("kota-sabang")).toBe("Kota Sabang");
    await tick();
    expireLocally([tags.dataset]);
    await tick();
    const after = await getDataset();
    expect(after).not.toBe(before);
    expect(await nameOf("kota-sabang")).toBe("Kota Sabang (diubah)");
    // Readers arriving together after the expiry share the one new load.
    expect(await getDataset()).toBe(after);
  });

  it("is kept across a write's delayed stale marks: a load begun after the expiry already has the write", async () => {
    const before = await getDataset();
    await tick();
    markStaleLocally([tags.dataset]);
    await tick();
    expect(await getDataset()).toBe(before);
  });

  it("never keeps a load that began before the latest expiry", async () => {
    await tick();
    expireLocally([tags.dataset]);
    await tick();
    const loading = getDataset();
    await tick();
    expireLocally([tags.dataset]); // a write lands while the load is running
    const early = await loading;
    await tick();
    const next = await getDataset();
    expect(next).not.toBe(early);
    expect(await getDataset()).toBe(next);
  });
});
