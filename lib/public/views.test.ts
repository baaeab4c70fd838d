import { describe, expect, it, vi } from "vitest";
import { MERIT_2019 } from "@/lib/merit";
import { normalizeName } from "@/lib/registry/names";
import type { InstitutionType } from "@/lib/merit";
import type { Dataset, DatasetEvaluation, DatasetInstitution, Round } from "./dataset";
import { biggestMovers, indexView, nationalCounts, peerRanks, peersOf, searchInstitutions, yearPages, yearSummary, yearView } from "./views";

// Counted, to show a search text is normalised once per view rather than once per institution.
vi.mock("@/lib/registry/names", async (original) => {
  const names = await original<typeof import("@/lib/registry/names")>();
  return { ...names, normalizeName: vi.fn(names.normalizeName) };
});

const ev = (year: number, score: number | null, categoryCode: string | null, status: "evaluated" | "not_evaluated" = "evaluated", round = `${year}-kasn`): DatasetEvaluation => ({
  round,
  year,
  schemeCode: "merit-2019",
  status,
  notEvaluatedReason: status === "not_evaluated" ? "biennial_cycle" : null,
  score,
  categoryCode,
});
const inst = (name: string, type: InstitutionType, provinceCode: string | null, evaluations: DatasetEvaluation[], aliases: string[] = []): DatasetInstitution => ({
  slug: name.toLowerCase().replace(/ /g, "-"),
  name,
  shortName: null,
  type,
  status: "current",
  provinceCode,
  keys: [name, ...aliases].map(normalizeName),
  evaluations,
});

const round = (year: number, evaluator: Round["evaluator"], announcedOn: string | null, city: string | null): Round => ({
  code: `${year}-${evaluator}`,
  year,
  schemeCode: "merit-2019",
  evaluator,
  announcedOn,
  name: `KASN ${year}`,
  nameEn: `KASN ${year}`,
  city,
  venue: null,
  sangatBaikCount: null,
  baikCount: null,
  totalCount: announcedOn ? 143 : null,
  breakdown: null,
  notes: null,
  sourceUrls: ["https://example.org"],
});

const ds: Dataset = {
  schemes: [MERIT_2019],
  provinces: [
    { code: "33", name: "Jawa Tengah", slug: "jawa-tengah" },
    { code: "35", name: "Jawa Timur", slug: "jawa-timur" },
  ],
  institutions: [
    inst(
      "Kota Pekalongan",
      "kota",
      "33",
      [ev(2021, 178.5, "kurang"), ev(2022, 264.5, "baik"), ev(2023, 327, "sangat-baik"), ev(2024, null, null, "not_evaluated")],
      ["Pemkot Pekalongan"],
    ),
    inst("Kabupaten Pekalongan", "kabupaten", "33", [ev(2022, null, "baik")]),
    inst("Kota Semarang", "kota", "33", [ev(2022, 300, "baik"), ev(2023, 290, "baik")]),
    inst("Kota Malang", "kota", "35", [ev(2021, 256.5, "baik"), ev(2022, 291.5, "baik"), ev(2023, 327, "sangat-baik")]),
    inst("Kota Kosong", "kota", "35", []),
  ],
  rounds: [...[2021, 2022, 2024].map((year) => round(year, "kasn", null, null)), round(2023, "kasn", "2023-12-07", "Yogyakarta")].sort((a, b) => a.year - b.year),
  updatedAt: null,
};

describe("indexView", () => {
  it("lists institutions with results by name, with counts per category", () => {
    const v = indexView(ds, {});
    expect(v.rows.map((r) => r.name)).toEqual(["Kabupaten Pekalongan", "Kota Malang", "Kota Pekalongan", "Kota Semarang"]);
    expect(v.total).toBe(4);
    expect(v.categoryCounts).toEqual({ baik: 2, "sangat-baik": 2 });
    const pekalongan = v.rows.find((r) => r.slug === "kota-pekalongan")!;
    expect([pekalongan.year, pekalongan.score, pekalongan.category?.name]).toEqual([2023, 327, "Sangat Baik"]);
  });

  it("filters by type, province, year and category", () => {
    expect(indexView(ds, { type: "kabupaten" }).rows.map((r) => r.name)).toEqual(["Kabupaten Pekalongan"]);
    expect(indexView(ds, { province: "35" }).rows.map((r) => r.name)).toEqual(["Kota Malang"]);
    const y2021 = indexView(ds, { year: 2021 });
    expect(y2021.rows.map((r) => [r.name, r.score])).toEqual([
      ["Kota Malang", 256.5],
      ["Kota Pekalongan", 178.5],
    ]);
    expect(indexView(ds, { year: 2021, category: "kurang" }).rows.map((r) => r.name)).toEqual(["Kota Pekalongan"]);
  });

  it("searches names and aliases, and finds institutions without results", () => {
    expect(indexView(ds, { q: "pemkot pekalongan" }).rows.map((r) => r.name)).toEqual(["Kota Pekalongan"]);
    expect(indexView(ds, { q: "pekalongan" }).rows.map((r) => r.name)).toEqual(["Kabupaten Pekalongan", "Kota Pekalongan"]);
    expect(indexView(ds, { q: "kosong" }).rows.map((r) => [r.name, r.year])).toEqual([["Kota Kosong", null]]);
  });

  it("sorts by result and by change, and paginates", () => {
    expect(indexView(ds, { sort: "score" }).rows.map((r) => r.name)).toEqual(["Kota Malang", "Kota Pekalongan", "Kota Semarang", "Kabupaten Pekalongan"]);
    expect(indexView(ds, { sort: "change" }).rows[0].name).toBe("Kota Pekalongan");
    const page2 = indexView(ds, { pageSize: 3, page: 2 });
    expect([page2.page, page2.pageCount, page2.rows.length]).toEqual([2, 2, 1]);
    expect(indexView(ds, { pageSize: 3, page: 99 }).page).toBe(2);
  });
});

describe("yearView and national counts", () => {
  it("counts a year's results per category and lists the not-evaluated", () => {
    const v = yearView(ds, 2023);
    expect(v.counts.map((c) => [c.category.name, c.count])).toEqual([
      ["Sangat Baik", 2],
      ["Baik", 1],
      ["Kurang", 0],
      ["Buruk", 0],
    ]);
    expect(v.results.map((r) => r.name)).toEqual(["Kota Malang", "Kota Pekalongan", "Kota Semarang"]);
    expect(v.rounds.map((r) => r.city)).toEqual(["Yogyakarta"]);
    expect(yearView(ds, 2024).notEvaluated).toEqual([{ slug: "kota-pekalongan", name: "Kota Pekalongan", reason: "biennial_cycle" }]);
  });

  it("builds a year once per dataset: a new dataset (after a write) gets its own", () => {
    expect(yearView(ds, 2023)).toBe(yearView(ds, 2023));
    const written: Dataset = { ...ds, institutions: ds.institutions.filter((i) => i.name !== "Kota Malang") };
    expect(yearView(written, 2023).results.map((r) => r.name)).toEqual(["Kota Pekalongan", "Kota Semarang"]);
    expect(yearView(ds, 2023).results).toHaveLength(3);
  });

  it("lists only the top results on the year page, with every count and the totals", () => {
    const full = yearView(ds, 2023);
    const top = yearSummary(full, 2);
    expect(top.results.map((r) => r.name)).toEqual(["Kota Malang", "Kota Pekalongan"]);
    expect([top.resultsTotal, top.notEvaluatedTotal]).toEqual([3, 0]);
    expect(top.counts).toEqual(full.counts);
    expect(yearSummary(full, 100).results).toEqual(full.results);
  });

  it("pages through a year's results, the last page holding the rest", () => {
    const full = yearView(ds, 2023);
    expect(yearSummary(full, 2, 1)).toMatchObject({ page: 1, pageCount: 2 });
    expect(yearSummary(full, 2, 2).results.map((r) => r.name)).toEqual(["Kota Semarang"]);
    expect(yearSummary(full, 2, 9)).toMatchObject({ page: 2, pageCount: 2 }); // past the end: the last page
    expect(yearSummary(yearView(ds, 2019), 2)).toMatchObject({ page: 1, pageCount: 1, results: [] });
  });

  it("counts every year with results", () => {
    expect(nationalCounts(ds).map((y) => [y.year, y.counts.reduce((n, c) => n + c.count, 0)])).toEqual([
      [2021, 2],
      [2022, 4],
      [2023, 3],
    ]);
  });
});

describe("movers, ranks and search", () => {
  it("puts the biggest change first", () => {
    const movers = biggestMovers(ds, 3);
    expect(movers.map((m) => [m.name, m.fromYear, m.toYear, m.change.scoreDelta])).toEqual([
      ["Kota Pekalongan", 2021, 2022, 86],
      ["Kota Pekalongan", 2022, 2023, 62.5],
      ["Kota Malang", 2022, 2023, 35.5],
    ]);
  });

  it("leaves changes known only by their category out of the movers", () => {
    // Kabupaten Pekalongan rises a category from 2021 to 2022 but 2022 has no score.
    const withCategoryOnly: Dataset = {
      ...ds,
      institutions: [...ds.institutions, inst("Kabupaten Batang", "kabupaten", "33", [ev(2021, 170, "buruk"), ev(2022, null, "sangat-baik")])],
    };
    const movers = biggestMovers(withCategoryOnly, 10);
    expect(movers.map((m) => m.name)).not.toContain("Kabupaten Batang");
    expect(movers.every((m) => m.change.scoreDelta != null && m.change.scoreDelta !== 0)).toBe(true);
    expect(movers).toHaveLength(biggestMovers(ds, 10).length);
  });

  it("keeps the same order as sorting every change, ties included, for any number asked", () => {
    // Scores on a coarse grid, so many changes are equally large and the year and the name decide.
    const names = ["Kota Bima", "Kota Batu", "Kabupaten Aceh Besar", "Kota Banjar", "Kabupaten Bantul", "Kota Ambon", "kota ambon"];
    const codes = (score: number) => (score >= 300 ? "sangat-baik" : score >= 250 ? "baik" : score >= 175 ? "cukup" : "kurang");
    const many: Dataset = {
      ...ds,
      institutions: names.map((name, n) =>
        inst(
          name,
          "kota",
          "33",
          [2019, 2020, 2021, 2022, 2023].map((year, y) => {
            const score = 150 + ((n * 7 + y * 13) % 8) * 25;
            return ev(year, score, codes(score));
          }),
        ),
      ),
    };
    const everyChange = biggestMovers(many, 1000);
    expect(everyChange.length).toBeGreaterThan(15);
    const size = (m: (typeof everyChange)[number]) => Math.abs(m.change.scoreDelta ?? 0) + Math.abs(m.change.rankDelta ?? 0) * 1000;
    const sorted = [...everyChange].sort((a, b) => size(b) - size(a) || b.toYear - a.toYear || a.name.localeCompare(b.name, "id"));
    expect(everyChange).toEqual(sorted);
    for (const limit of [0, 1, 2, 5, 9, everyChange.length]) expect(biggestMovers(many, limit)).toEqual(everyChange.slice(0, limit));
  });

  it("suggests peers: same type in the province, then the province, then the same type elsewhere", () => {
    expect(peersOf(ds, "kota-pekalongan").map((p) => p.slug)).toEqual(["kota-semarang", "kabupaten-pekalongan", "kota-malang"]);
    // Without results (Kota Kosong) an institution is no peer; an unknown slug has none.
    expect(peersOf(ds, "kota-malang").map((p) => p.slug)).toEqual(["kota-pekalongan", "kota-semarang"]);
    expect(peersOf(ds, "kota-pekalongan", 1).map((p) => p.slug)).toEqual(["kota-semarang"]);
    expect(peersOf(ds, "tidak-ada")).toEqual([]);
  });

  it("has a year page for every year a scheme covers up to the current one", () => {
    const schemes = [
      { ...MERIT_2019, validFromYear: 2019, validToYear: 2025 },
      { ...MERIT_2019, code: "x", validFromYear: 2026, validToYear: null },
    ];
    expect(yearPages({ schemes }, [2021, 2022], 2026)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(yearPages({ schemes }, [2021], 2024)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
  });

  it("ranks among the same type nationally and in the province, with ties", () => {
    expect(peerRanks(ds, "kota-pekalongan")).toEqual({
      year: 2023,
      national: { position: 1, of: 3, ties: 2 },
      province: { position: 1, of: 2, ties: 1 },
    });
    expect(peerRanks(ds, "kota-semarang")?.national).toEqual({ position: 3, of: 3, ties: 1 });
    expect(peerRanks(ds, "kota-kosong")).toBeNull();
  });

  it("finds institutions as people type them", () => {
    expect(searchInstitutions(ds, "Pemkot Pekalongan").map((r) => r.name)).toEqual(["Kota Pekalongan"]);
    expect(searchInstitutions(ds, "kota pekalongan")[0].name).toBe("Kota Pekalongan");
    expect(searchInstitutions(ds, "   ")).toEqual([]);
  });
});

describe("a search text", () => {
  it("is normalised once per view, not once per institution: its cost must not grow with the registry", () => {
    const q = "Pekalongan";
    const normalisations = () => vi.mocked(normalizeName).mock.calls.filter(([text]) => text === q).length;
    vi.mocked(normalizeName).mockClear();
    expect(indexView(ds, { q }).rows.map((r) => r.name)).toEqual(["Kabupaten Pekalongan", "Kota Pekalongan"]);
    expect(normalisations()).toBe(1);
    vi.mocked(normalizeName).mockClear();
    expect(searchInstitutions(ds, q).map((r) => r.name)).toEqual(["Kabupaten Pekalongan", "Kota Pekalongan"]);
    expect(normalisations()).toBe(1);
  });
});

describe("a year with two rounds", () => {
  const kasn = { ...round(2024, "kasn", "2024-05-29", "Bandung"), code: "2024-kasn-0529" };
  const bkn = { ...round(2024, "kemenpanrb_bkn", "2024-12-19", "Jakarta"), code: "2024-bkn-1219" };
  const two: Dataset = {
    ...ds,
    rounds: [round(2023, "kasn", "2023-12-07", "Yogyakarta"), kasn, bkn],
    institutions: [
      inst("Badan POM", "lembaga", null, [ev(2023, 300, "baik"), ev(2024, 400, "sangat-baik", "evaluated", kasn.code), ev(2024, null, "sangat-baik", "evaluated", bkn.code)]),
      inst("Badan Lain", "lembaga", null, [ev(2024, 390, "sangat-baik", "evaluated", kasn.code)]),
    ],
  };

  it("lists both results of the year, each with its round, and counts the institution once", () => {
    const v = yearView(two, 2024);
    expect(v.rounds.map((r) => r.code)).toEqual([kasn.code, bkn.code]);
    expect(v.results.map((r) => [r.name, r.round, r.score])).toEqual([
      ["Badan POM", kasn.code, 400],
      ["Badan Lain", kasn.code, 390],
      ["Badan POM", bkn.code, null],
    ]);
    expect(v.counts.find((c) => c.category.code === "sangat-baik")?.count).toBe(2);
    expect(
      nationalCounts(two)
        .find((y) => y.year === 2024)
        ?.counts.find((c) => c.code === "sangat-baik")?.count,
    ).toBe(2);
  });

  it("takes the latest round as the latest result, compared with the round before it", () => {
    const row = indexView(two, {}).rows.find((r) => r.name === "Badan POM")!;
    expect([row.year, row.round, row.score, row.change?.fromRound, row.change?.direction]).toEqual([2024, bkn.code, null, kasn.code, "same"]);
    expect(indexView(two, { year: 2024 }).rows.find((r) => r.name === "Badan POM")?.round).toBe(bkn.code);
    const mover = biggestMovers(two, 5).find((m) => m.slug === "badan-pom")!;
    expect([mover.fromYear, mover.fromScore, mover.toScore]).toEqual([2023, 300, 400]);
  });

  it("ranks a result among the results of its own round", () => {
    const ranks = peerRanks({ ...two, institutions: [two.institutions[1], { ...two.institutions[0], evaluations: two.institutions[0].evaluations.slice(0, 2) }] }, "badan-pom");
    expect(ranks?.national).toEqual({ position: 1, of: 2, ties: 1 });
  });
});
