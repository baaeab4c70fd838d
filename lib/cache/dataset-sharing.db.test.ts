// The published record is one live object per process, shared by every view until the
// dataset tag expires (a write here, or another instance's through the tag sync).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openTestDb, type TestDb } from "@/prisma/test-db";
import { seedAll } from "@/prisma/seed/index";

vi.mock("next/cache", () => ({ cacheTag: vi.fn(), cacheLife: vi.fn() }));

const { getDataset } = await import("@/lib/cache/dataset");
const { loadDataset } = await import("./dataset-load");
const { expireTags: expireLocally, markTagsStale: markStaleLocally } = await import("@/lib/cache/tag-table.mjs");
const { tags } = await import("./tags");

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

  it("reads again only the institutions a write names, and equals a whole load afterwards", async () => {
    const before = await getDataset();
    const untouched = before.institutions.find((i) => i.slug === "kabupaten-batang")!;
    // One result changed, one withdrawn from the public record, one institution renamed (it moves in the order).
    await t.db.evaluation.updateMany({ where: { institution: { slug: "kota-pekalongan" }, year: 2023 }, data: { score: 330.5 } });
    await t.db.evaluation.updateMany({ where: { institution: { slug: "kabupaten-pekalongan" } }, data: { publication: "draft" } });
    await t.db.institution.update({ where: { slug: "kota-sabang" }, data: { name: "Aaa Kota Sabang" } });
    await tick();
    // As the tag sync delivers another instance's write: the tags of the institutions with the dataset's.
    expireLocally(["kota-pekalongan", "kabupaten-pekalongan", "kota-sabang"].map(tags.institution).concat(tags.dataset));
    await tick();
    const after = await getDataset();
    expect(after).not.toBe(before);
    expect(after.institutions.find((i) => i.slug === "kabupaten-batang")).toBe(untouched); // kept, not read again
    expect(after.institutions.find((i) => i.slug === "kota-pekalongan")!.evaluations.find((e) => e.year === 2023)!.score).toBe(330.5);
    expect(after.institutions.find((i) => i.slug === "kabupaten-pekalongan")!.evaluations).toEqual([]);
    expect(after).toEqual(await loadDataset(t.db));
  });

  it("follows a rename under the old and the new slug, and an institution added", async () => {
    const before = await getDataset();
    await t.db.institution.update({ where: { slug: "kota-sabang" }, data: { slug: "kota-sabang-baru", name: "Kota Sabang" } });
    const province = await t.db.province.findFirstOrThrow();
    await t.db.institution.create({ data: { slug: "kota-uji-baru", name: "Kota Uji Baru", type: "kota", provinceCode: province.code } });
    await tick();
    // As a write in this instance expires it (lib/cache/expire.ts).
    expireLocally(["kota-sabang", "kota-sabang-baru", "kota-uji-baru"].map(tags.institution).concat(tags.dataset));
    await tick();
    const after = await getDataset();
    expect(after).not.toBe(before);
    expect(after.institutions.map((i) => i.slug)).toContain("kota-sabang-baru");
    expect(after.institutions.map((i) => i.slug)).not.toContain("kota-sabang");
    expect(after).toEqual(await loadDataset(t.db));
    expect(await getDataset()).toBe(after);
  });

  it("is read whole after an expiry that names no institution", async () => {
    const before = await getDataset();
    await tick();
    expireLocally([tags.dataset]);
    await tick();
    const after = await getDataset();
    expect(after.institutions[0]).not.toBe(before.institutions[0]);
    expect(after).toEqual(before);
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
