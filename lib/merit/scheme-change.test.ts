import { describe, expect, it } from "vitest";
import { MERIT_2019 } from "./scheme";
import { describeBroken, resultsBrokenBy, type StoredResult } from "./scheme-change";

const result = (over: Partial<StoredResult>): StoredResult => ({
  institutionName: "Kota Bandung",
  year: 2023,
  score: 332.5,
  selfAssessedScore: 365.5,
  categoryCode: "sangat-baik",
  aspectScores: { pengadaan: 38 },
  ...over,
});

describe("results a new definition would break", () => {
  it("finds none when the definition still holds them", () => {
    expect(resultsBrokenBy(MERIT_2019, [result({}), result({ score: null, categoryCode: "baik", year: 2019 })])).toEqual([]);
  });

  it("names a year the period no longer covers", () => {
    expect(resultsBrokenBy({ ...MERIT_2019, validToYear: 2022 }, [result({})])).toEqual([
      { institutionName: "Kota Bandung", year: 2023, reasons: ["tahun 2023 tidak lagi dalam masa berlaku"] },
    ]);
  });

  it("names scores off a smaller scale, a coarser step, and a band that no longer holds the score", () => {
    const smaller = { ...MERIT_2019, scale: { min: 0, max: 350, step: 1 } };
    expect(resultsBrokenBy(smaller, [result({})])[0].reasons).toEqual([
      "nilai 332,5 tidak sesuai kelipatan 1 (terdekat: 332 atau 333)",
      "nilai mandiri: nilai melebihi batas maksimum 350",
    ]);
    const raised = { ...MERIT_2019, categories: MERIT_2019.categories.map((c) => (c.code === "sangat-baik" ? { ...c, lowerBound: 340 } : c)) };
    expect(resultsBrokenBy(raised, [result({})])[0].reasons).toEqual(['kategori "Sangat Baik" tidak sesuai dengan nilai 332,5; seharusnya Baik']);
  });

  it("names a category and an aspect no longer defined, and an aspect score above a new maximum", () => {
    const fewer = {
      ...MERIT_2019,
      categories: MERIT_2019.categories.filter((c) => c.code !== "sangat-baik"),
      aspects: MERIT_2019.aspects.filter((a) => a.code !== "pengadaan").map((a) => (a.code === "perencanaan-kebutuhan" ? { ...a, maxScore: 20 } : a)),
    };
    const broken = resultsBrokenBy(fewer, [result({ score: null, aspectScores: { pengadaan: 30, "perencanaan-kebutuhan": 25 } })]);
    expect(broken[0].reasons).toEqual([
      'kategori "sangat-baik" tidak lagi ada',
      'aspek "pengadaan" tidak lagi ada',
      "nilai aspek Perencanaan kebutuhan 25 melebihi maksimum baru 20",
    ]);
  });

  it("lists the results by institution and year, the first few only", () => {
    const period = { ...MERIT_2019, validFromYear: 2024 };
    const broken = resultsBrokenBy(period, [result({ institutionName: "Provinsi Jawa Barat", year: 2021 }), result({ year: 2022 }), result({ year: 2021 })]);
    expect(broken.map((b) => `${b.institutionName} ${b.year}`)).toEqual(["Kota Bandung 2021", "Kota Bandung 2022", "Provinsi Jawa Barat 2021"]);
    expect(describeBroken(broken, 2)).toBe(
      "Kota Bandung 2021 (tahun 2021 tidak lagi dalam masa berlaku); Kota Bandung 2022 (tahun 2022 tidak lagi dalam masa berlaku) dan 1 hasil lain",
    );
  });
});
