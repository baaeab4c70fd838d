// Migrations, demo seed and the database's own rules, on a real database
// (in-memory PGlite, or PostgreSQL when TEST_DATABASE_URL is set).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadInstitutionProfile } from "../lib/queries/institution-profile";
import { seedAll } from "./seed/index";
import { openTestDb, type TestDb } from "./test-db";

let t: TestDb;
beforeAll(async () => {
  t = await openTestDb();
});
afterAll(async () => {
  await t?.drop();
});

const tableCounts = async () => ({
  schemes: await t.db.scheme.count(),
  categories: await t.db.schemeCategory.count(),
  aspects: await t.db.schemeAspect.count(),
  provinces: await t.db.province.count(),
  institutions: await t.db.institution.count(),
  aliases: await t.db.institutionAlias.count(),
  evaluations: await t.db.evaluation.count(),
  sources: await t.db.source.count(),
  rounds: await t.db.evaluationRound.count(),
});

describe("schema and demo data", () => {
  it("applies every migration to an empty database", async () => {
    const rows = await t.db.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name`;
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("seeds the registry, the schemes and the 63 public results", async () => {
    const first = await seedAll(t.db);
    expect(first.created).toBe(64);
    const regional = await t.db.institution.count({ where: { type: { in: ["provinsi", "kabupaten", "kota"] } } });
    expect(regional).toBe(552);
    expect(await t.db.institution.count({ where: { type: "provinsi" } })).toBe(38);
    expect(await t.db.institution.count({ where: { type: { in: ["kementerian", "lembaga"] } } })).toBe(132);
    expect(await t.db.evaluation.count({ where: { publication: "published" } })).toBe(64);
    expect(await t.db.source.count()).toBe(63);
    // One per handover in ceremonies.csv (two in 2024), the provincial round of 2022 and the
    // 2025 results, whose announcement is not dated.
    expect(await t.db.evaluationRound.count()).toBe(8);
  });

  it("changes nothing when seeded a second time", async () => {
    const before = await tableCounts();
    const second = await seedAll(t.db);
    expect(second.created).toBe(0);
    expect(await tableCounts()).toEqual(before);
  });

  it("keeps Kota and Kabupaten Pekalongan apart, with aliases", async () => {
    const kota = await t.db.institution.findUniqueOrThrow({ where: { slug: "kota-pekalongan" }, include: { aliases: true } });
    const kab = await t.db.institution.findUniqueOrThrow({ where: { slug: "kabupaten-pekalongan" }, include: { aliases: true } });
    expect(kota.kemendagriCode).toBe("33.75");
    expect(kab.kemendagriCode).toBe("33.26");
    expect(kota.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(["Pemkot Pekalongan", "Pemerintah Kota Pekalongan"]));
    expect(kab.aliases.map((a) => a.alias)).toContain("Pemkab Pekalongan");
    const jateng = await t.db.institution.findUniqueOrThrow({ where: { slug: "provinsi-jawa-tengah" }, include: { aliases: true } });
    expect(jateng.aliases.map((a) => a.alias)).toContain("Pemprov Jateng");
  });

  it("links former central institutions to their successors", async () => {
    const polhukam = await t.db.institution.findFirstOrThrow({
      where: { shortName: "Kemenko Polhukam" },
      include: { successors: true },
    });
    expect(polhukam.status).toBe("former");
    expect(polhukam.successors.length).toBe(2);
  });

  it("reads the Pekalongan trajectory as the public pages do", async () => {
    const profile = await loadInstitutionProfile(t.db, "kota-pekalongan");
    expect(profile?.province?.name).toBe("Jawa Tengah");
    expect(profile?.evaluations.map((e) => [e.year, e.status, e.score, e.category?.name ?? null])).toEqual([
      [2021, "evaluated", 178.5, "Kurang"],
      [2022, "evaluated", 264.5, "Baik"],
      [2023, "evaluated", 327, "Sangat Baik"],
      [2024, "not_evaluated", null, null],
      [2025, "evaluated", null, "Sangat Baik"],
    ]);
    expect(profile?.evaluations[2].announcedAt).toBe("2023-12-07");
    expect(await loadInstitutionProfile(t.db, "tidak-ada")).toBeNull();
  });

  it("hides draft evaluations from the public profile", async () => {
    const kudus = await t.db.institution.findUniqueOrThrow({ where: { slug: "kabupaten-kudus" } });
    await t.db.evaluation.update({
      where: { id: (await t.db.evaluation.findFirstOrThrow({ where: { institutionId: kudus.id, year: 2023 } })).id },
      data: { publication: "draft" },
    });
    const profile = await loadInstitutionProfile(t.db, "kabupaten-kudus");
    expect(profile?.evaluations).toEqual([]);
  });
});

describe("the database refuses bad rows", () => {
  const base = async () => {
    const scheme = await t.db.scheme.findUniqueOrThrow({ where: { code: "merit-2019" }, include: { categories: true } });
    const cat = (code: string) => scheme.categories.find((c) => c.code === code)!.id;
    const inst = await t.db.institution.findUniqueOrThrow({ where: { slug: "kota-semarang" } });
    const round = await t.db.evaluationRound.findFirstOrThrow({ where: { year: 2021, evaluator: "kasn" } });
    return { schemeId: scheme.id, cat, institutionId: inst.id, roundId: round.id };
  };

  it("refuses a second result for the same institution and round", async () => {
    const pekalongan = await t.db.institution.findUniqueOrThrow({ where: { slug: "kota-pekalongan" } });
    const { schemeId, cat } = await base();
    const round = await t.db.evaluationRound.findFirstOrThrow({ where: { year: 2022, evaluator: "kasn" } });
    await expect(
      t.db.evaluation.create({
        data: { institutionId: pekalongan.id, roundId: round.id, year: 2022, schemeId, categoryId: cat("baik"), score: 260 },
      }),
    ).rejects.toThrow(/Unique constraint|unique/i);
  });

  it("keeps two results of one year in two rounds: BPOM 2024 from KASN and from KemenPAN-RB and BKN", async () => {
    const bpom = await t.db.institution.findUniqueOrThrow({ where: { slug: "badan-pengawas-obat-dan-makanan" } });
    const rows = await t.db.evaluation.findMany({
      where: { institutionId: bpom.id, year: 2024 },
      include: { round: true, category: true },
      orderBy: { round: { announcedOn: "asc" } },
    });
    expect(rows.map((e) => [e.round.code, e.round.evaluator, e.score?.toNumber() ?? null, e.category?.name])).toEqual([
      ["2024-kasn-2024-05-29", "kasn", 400, "Sangat Baik"],
      ["2024-kemenpanrb-bkn-2024-12-19", "kemenpanrb_bkn", null, "Sangat Baik"],
    ]);
    expect(rows[0].round).toMatchObject({ city: "Bandung", venue: "Aula Gedung Sate" });
    // A round without sources has an empty list, never none (the public pages list them).
    expect(await t.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "EvaluationRound" WHERE "sourceUrls" IS NULL`).toEqual([{ n: 0 }]);
  });

  it("refuses a result whose year, scheme or evaluator differs from its round's", async () => {
    const { schemeId, cat, institutionId, roundId } = await base();
    await expect(t.db.evaluation.create({ data: { institutionId, roundId, year: 2022, schemeId, categoryId: cat("baik"), score: 300 } })).rejects.toThrow(/differs from round/);
    await expect(
      t.db.evaluation.create({ data: { institutionId, roundId, year: 2021, schemeId, categoryId: cat("baik"), score: 300, evaluator: "kemenpanrb_bkn" } }),
    ).rejects.toThrow(/differs from round/);
    expect(await t.db.evaluation.count({ where: { institutionId } })).toBe(0);
  });

  it("refuses a round outside its scheme's period, and a scheme deleted under its rounds", async () => {
    const { schemeId } = await base();
    await expect(t.db.evaluationRound.create({ data: { code: "2026-kasn", year: 2026, schemeId, evaluator: "kasn", name: "x", nameEn: "x" } })).rejects.toThrow(
      /outside the period/,
    );
    const empty = await t.db.scheme.create({ data: { code: "test-empty", name: "x", nameEn: "x", validFromYear: 2090, scaleMin: 0, scaleMax: 1, scaleStep: 0.5 } });
    await t.db.evaluationRound.create({ data: { code: "2090-kasn", year: 2090, schemeId: empty.id, evaluator: "kasn", name: "x", nameEn: "x" } });
    await expect(t.db.scheme.delete({ where: { id: empty.id } })).rejects.toThrow(/still has rounds|EvaluationRound_schemeId_fkey/);
    await t.db.evaluationRound.delete({ where: { code: "2090-kasn" } });
    await t.db.scheme.delete({ where: { id: empty.id } });
  });

  it.each([
    ["above the scale", 400.5, "baik", /outside the scale/],
    ["below the scale", -1, "buruk", /outside the scale/],
    ["off the 0.5 step", 251.3, "baik", /not a multiple of step/],
    ["in another band than its category", 178.5, "baik", /does not match score/],
  ])("refuses a score %s", async (_label, score, category, message) => {
    const { schemeId, cat, institutionId, roundId } = await base();
    await expect(t.db.evaluation.create({ data: { institutionId, roundId, year: 2021, schemeId, categoryId: cat(category), score } })).rejects.toThrow(message);
    expect(await t.db.evaluation.count({ where: { institutionId } })).toBe(0);
  });

  it("refuses a year outside the scheme's period", async () => {
    const { schemeId, cat, institutionId, roundId } = await base();
    await expect(t.db.evaluation.create({ data: { institutionId, roundId, year: 2026, schemeId, categoryId: cat("baik") } })).rejects.toThrow(
      /outside the period|differs from round/,
    );
  });

  it("refuses an evaluated row without a category and a not-evaluated row with a score", async () => {
    const { schemeId, cat, institutionId, roundId } = await base();
    await expect(t.db.evaluation.create({ data: { institutionId, roundId, year: 2021, schemeId, score: 300 } })).rejects.toThrow(/Evaluation_status_fields|check/i);
    await expect(
      t.db.evaluation.create({
        data: { institutionId, roundId, year: 2021, schemeId, status: "not_evaluated", notEvaluatedReason: "other", score: 300, categoryId: cat("baik") },
      }),
    ).rejects.toThrow(/Evaluation_status_fields|check/i);
  });

  it("refuses a source without a URL or document reference", async () => {
    const { schemeId, cat, institutionId, roundId } = await base();
    await expect(
      t.db.evaluation.create({
        data: { institutionId, roundId, year: 2021, schemeId, categoryId: cat("baik"), score: 300, sources: { create: [{ publisher: "x" }] } },
      }),
    ).rejects.toThrow(/Source_has_evidence|check/i);
    expect(await t.db.evaluation.count({ where: { institutionId } })).toBe(0);
  });

  it("accepts the boundaries of each band", async () => {
    const { schemeId, cat, institutionId, roundId } = await base();
    const cases: [number, string][] = [
      [0, "buruk"],
      [174.5, "buruk"],
      [175, "kurang"],
      [249.5, "kurang"],
      [250, "baik"],
      [324.5, "baik"],
      [325, "sangat-baik"],
      [400, "sangat-baik"],
    ];
    for (const [score, category] of cases) {
      const row = await t.db.evaluation.create({ data: { institutionId, roundId, year: 2021, schemeId, categoryId: cat(category), score } });
      expect(row.score?.toNumber()).toBe(score);
      await t.db.evaluation.delete({ where: { id: row.id } });
    }
  });
});

describe("the life cycle of schemes", () => {
  const draft = (code: string, validFromYear: number, validToYear: number | null) =>
    t.db.scheme.create({
      data: {
        code,
        name: code,
        nameEn: code,
        validFromYear,
        validToYear,
        scaleMin: 0,
        scaleMax: 100,
        scaleStep: 1,
        categories: { create: [{ code: "satu", name: "Satu", nameEn: "One", rank: 1, lowerBound: 0 }] },
      },
      include: { categories: true },
    });

  it("seeds the known schemes as active, with the 2026 bands provisional and its components", async () => {
    const schemes = await t.db.scheme.findMany({ orderBy: { code: "asc" }, include: { components: { orderBy: { position: "asc" } } } });
    expect(schemes.map((s) => [s.code, s.status, s.provisional])).toEqual([
      ["merit-2019", "active", false],
      ["merit-2026", "active", true],
    ]);
    expect(schemes[1].components.map((c) => [c.code, c.weightPercent?.toNumber() ?? null, c.subtracted])).toEqual([
      ["kematangan", 75, false],
      ["kepuasan-keterikatan", 25, false],
      ["koreksi-pelanggaran", null, true],
    ]);
  });

  it("refuses a result under a draft scheme", async () => {
    const scheme = await draft("uji-draf", 2090, 2090);
    const inst = await t.db.institution.findUniqueOrThrow({ where: { slug: "kota-semarang" } });
    const round = await t.db.evaluationRound.create({ data: { code: "2090-uji-draf", year: 2090, schemeId: scheme.id, evaluator: "kasn", name: "x", nameEn: "x" } });
    await expect(
      t.db.evaluation.create({ data: { institutionId: inst.id, roundId: round.id, year: 2090, schemeId: scheme.id, categoryId: scheme.categories[0].id, score: 50 } }),
    ).rejects.toThrow(/not active/);
    await t.db.evaluationRound.delete({ where: { id: round.id } });
    await t.db.scheme.delete({ where: { id: scheme.id } });
  });

  it("refuses an active scheme whose period overlaps another active one, and a return to draft", async () => {
    const scheme = await draft("uji-tumpang", 2025, 2027);
    await expect(t.db.scheme.update({ where: { id: scheme.id }, data: { status: "active" } })).rejects.toThrow(/overlaps active scheme merit-2/);
    await t.db.scheme.update({ where: { id: scheme.id }, data: { validFromYear: 2005, validToYear: 2006 } });
    await t.db.scheme.update({ where: { id: scheme.id }, data: { status: "active" } });
    await expect(t.db.scheme.update({ where: { id: scheme.id }, data: { status: "draft" } })).rejects.toThrow(/cannot return to draft/);
    const later = await draft("uji-tumpang-2", 2006, 2010);
    await expect(t.db.scheme.update({ where: { id: later.id }, data: { status: "active" } })).rejects.toThrow(/overlaps active scheme uji-tumpang/);
    await t.db.scheme.deleteMany({ where: { id: { in: [scheme.id, later.id] } } });
  });

  it("refuses a component that is both weighted and subtracted", async () => {
    const scheme = await t.db.scheme.findUniqueOrThrow({ where: { code: "merit-2019" } });
    await expect(
      t.db.schemeComponent.create({ data: { schemeId: scheme.id, code: "x", name: "X", nameEn: "X", position: 9, weightPercent: 10, subtracted: true } }),
    ).rejects.toThrow(/SchemeComponent_weight_or_subtracted/);
  });
});
