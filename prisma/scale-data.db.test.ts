// The scale data generator on a small N: marked rows, counts that add up, results that
// agree with the scheme bands and the biennial rule, and a second run that writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../lib/cache/dataset-load";
import { seedAll } from "./seed/index";
import { generateScaleData, SYNTHETIC_PREFIX } from "./seed/scale";
import { openTestDb, type TestDb } from "./test-db";

let t: TestDb;
beforeAll(async () => {
  t = await openTestDb();
  await seedAll(t.db);
});
afterAll(async () => {
  await t?.drop();
});

describe("scale data", () => {
  it("adds marked institutions up to the wanted total, each with one published row a year", async () => {
    const demo = await t.db.institution.count();
    const result = await generateScaleData(t.db, { institutions: demo + 12, years: 8, chunk: 25 });
    expect(result).toMatchObject({ written: true, institutions: 12, aliases: 12, evaluations: 96 });
    const synthetic = await t.db.institution.findMany({ where: { slug: { startsWith: SYNTHETIC_PREFIX } } });
    expect(synthetic).toHaveLength(12);
    expect(synthetic.every((i) => i.name.endsWith("(sintetis)"))).toBe(true);
    const evaluated = await t.db.evaluation.count({ where: { institution: { slug: { startsWith: SYNTHETIC_PREFIX } }, status: "evaluated" } });
    expect(result.written && result.sources).toBe(evaluated);
  });

  it("skips only the year after a Sangat Baik, and shows every row publicly", async () => {
    const ds = await loadDataset(t.db);
    const synthetic = ds.institutions.filter((i) => i.slug.startsWith(SYNTHETIC_PREFIX));
    for (const inst of synthetic) {
      expect(inst.evaluations.map((e) => e.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
      inst.evaluations.forEach((e, n) => {
        const previous = inst.evaluations[n - 1];
        const skip = previous?.status === "evaluated" && previous.categoryCode === "sangat-baik";
        expect(e.status).toBe(skip ? "not_evaluated" : "evaluated");
      });
    }
  });

  it("writes nothing a second time", async () => {
    const before = await t.db.evaluation.count();
    expect(await generateScaleData(t.db, { institutions: 100_000, years: 8 })).toMatchObject({ written: false, existing: 12 });
    expect(await t.db.evaluation.count()).toBe(before);
  });
});
