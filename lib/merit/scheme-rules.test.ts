import { describe, expect, it } from "vitest";
import { MERIT_2019, MERIT_2026 } from "./scheme";
import { overlappingScheme, periodProblem, schemeProblems } from "./scheme-rules";
import type { CategoryDef, SchemeDef } from "./types";

const band = (code: string, rank: number, lowerBound: number, reevaluateAfterYears = 1): CategoryDef => ({
  code,
  name: code.toUpperCase(),
  nameEn: code,
  rank,
  lowerBound,
  reevaluateAfterYears,
});

const simple = (over: Partial<SchemeDef> = {}): SchemeDef => ({
  code: "uji",
  name: "Uji",
  nameEn: "Test",
  validFromYear: 2027,
  validToYear: null,
  scale: { min: 0, max: 100, step: 0.5 },
  categories: [band("rendah", 1, 0), band("sedang", 2, 50), band("tinggi", 3, 80, 2)],
  aspects: [],
  components: [],
  ...over,
});

const fields = (s: SchemeDef) => schemeProblems(s).map((p) => p.field);

describe("scheme definitions", () => {
  it("accepts the shipped schemes and a simple one", () => {
    expect(schemeProblems(MERIT_2019)).toEqual([]);
    expect(schemeProblems(MERIT_2026)).toEqual([]);
    expect(schemeProblems(simple())).toEqual([]);
  });

  it("refuses bands that leave a gap at the bottom of the scale", () => {
    const problems = schemeProblems(simple({ categories: [band("rendah", 1, 10), band("tinggi", 2, 50)] }));
    expect(problems).toEqual([
      { field: "categories.0.lowerBound", message: "Kategori terendah (RENDAH) harus mulai dari minimum skala 0; kalau tidak, nilai di bawah 10 tidak berkategori." },
    ]);
  });

  it("refuses bands that overlap or are out of order, taken in rank order", () => {
    const problems = schemeProblems(simple({ categories: [band("tinggi", 3, 40), band("rendah", 1, 0), band("sedang", 2, 60)] }));
    expect(problems).toEqual([{ field: "categories.2.lowerBound", message: "Batas bawah TINGGI (40) harus di atas batas bawah SEDANG (60)." }]);
    expect(fields(simple({ categories: [band("a", 1, 0), band("b", 2, 0)] }))).toEqual(["categories.1.lowerBound"]);
  });

  it("refuses a band above the scale and a bound off the step", () => {
    expect(schemeProblems(simple({ categories: [band("a", 1, 0), band("b", 2, 120)] }))[0].message).toBe("Batas bawah B (120) melebihi maksimum skala 100.");
    expect(schemeProblems(simple({ categories: [band("a", 1, 0), band("b", 2, 50.25)] }))[0].message).toBe("Batas bawah B (50,25) tidak sesuai kelipatan 0,5.");
  });

  it("refuses a step that does not divide the scale, and an empty scale", () => {
    expect(schemeProblems(simple({ scale: { min: 0, max: 100, step: 3 }, categories: [band("a", 1, 0)] }))).toEqual([
      { field: "scaleStep", message: "Kelipatan 3 tidak membagi skala 0–100 habis." },
    ]);
    expect(fields(simple({ scale: { min: 5, max: 5, step: 1 }, categories: [band("a", 1, 5)] }))).toEqual(["scaleMax"]);
    expect(fields(simple({ scale: { min: 0, max: 100, step: 0 }, categories: [band("a", 1, 0)] }))).toEqual(["scaleStep"]);
  });

  it("refuses no category, duplicate codes and a re-evaluation cycle out of range", () => {
    expect(fields(simple({ categories: [] }))).toEqual(["categories"]);
    expect(fields(simple({ categories: [band("a", 1, 0), band("a", 2, 50, 0)] }))).toEqual(["categories.1.code", "categories.1.reevaluateAfterYears"]);
  });

  it("refuses a period that ends before it starts", () => {
    expect(schemeProblems(simple({ validFromYear: 2027, validToYear: 2026 }))).toEqual([
      { field: "validToYear", message: "Tahun akhir berlaku (2026) sebelum tahun mulai (2027)." },
    ]);
  });

  it("refuses aspect maxima that are not positive, exceed the scale or together exceed it", () => {
    const aspect = (code: string, position: number, maxScore: number | null) => ({ code, name: code, nameEn: code, position, maxScore });
    expect(fields(simple({ aspects: [aspect("a", 1, 0), aspect("b", 2, 150)] }))).toEqual(["aspects.0.maxScore", "aspects.1.maxScore"]);
    expect(schemeProblems(simple({ aspects: [aspect("a", 1, 60), aspect("b", 2, 60), aspect("c", 3, null)] }))).toEqual([
      { field: "aspects", message: "Jumlah nilai maksimum aspek (120) melebihi maksimum skala 100." },
    ]);
    expect(fields(simple({ aspects: [aspect("a", 1, 60), aspect("a", 2, 40)] }))).toEqual(["aspects.1.code"]);
  });

  it("wants weighted components to add up to 100 % and subtracted ones without a weight", () => {
    const component = (code: string, position: number, weightPercent: number | null, subtracted = false) => ({
      code,
      name: code,
      nameEn: code,
      position,
      weightPercent,
      subtracted,
    });
    expect(schemeProblems(simple({ components: [component("a", 1, 75), component("b", 2, 20)] }))).toEqual([
      { field: "components", message: "Bobot komponen berjumlah 95 %, seharusnya 100 %." },
    ]);
    expect(fields(simple({ components: [component("a", 1, 100), component("k", 2, 5, true)] }))).toEqual(["components.1.weightPercent"]);
    expect(fields(simple({ components: [component("a", 1, null)] }))).toEqual(["components.0.weightPercent"]);
  });
});

describe("periods of active schemes", () => {
  const active = [MERIT_2019, { ...MERIT_2026, validToYear: 2027 }];

  it("finds the active scheme a period overlaps", () => {
    expect(overlappingScheme({ code: "x", name: "X", validFromYear: 2027, validToYear: null }, active)?.code).toBe("merit-2026");
    expect(overlappingScheme({ code: "x", name: "X", validFromYear: 2010, validToYear: 2019 }, active)?.code).toBe("merit-2019");
    expect(overlappingScheme({ code: "x", name: "X", validFromYear: 2028, validToYear: null }, active)).toBeNull();
    expect(overlappingScheme({ code: "x", name: "X", validFromYear: 2010, validToYear: 2018 }, active)).toBeNull();
  });

  it("does not compare a scheme with itself", () => {
    expect(overlappingScheme({ ...MERIT_2019, validToYear: 2026 }, [MERIT_2019])).toBeNull();
  });

  it("names the clash on the period field", () => {
    expect(periodProblem({ code: "x", name: "X", validFromYear: 2026, validToYear: null }, active)).toEqual({
      field: "validFromYear",
      message: "Masa berlaku 2026–seterusnya bertumpang tindih dengan skema aktif Indeks Sistem Merit 2026 (2026–2027).",
    });
  });
});
