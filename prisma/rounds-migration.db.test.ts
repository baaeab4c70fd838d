// The evaluation-rounds migration on a copy of the demo data as it stood before it (one
// result per institution and year, ceremonies keyed by year): every result is kept, with
// its content, and lands in the round of its year and evaluator. On PGlite, and on
// PostgreSQL when TEST_DATABASE_URL is set.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schemeForYear } from "../lib/merit";
import { normalizeName } from "../lib/registry/names";
import { dataFile } from "./seed/files";
import { dateFromUrl, evaluatorFor, publisherFromUrl } from "./seed/evaluations";
import { centralInstitutions, readCsv, regionalInstitutions } from "./seed/registry";
import { SEED_SCHEMES } from "./seed/schemes";
import { openTestDb, type TestDb } from "./test-db";

const MIGRATIONS = path.join(import.meta.dirname, "migrations");
const ROUNDS_MIGRATION = readdirSync(MIGRATIONS).find((m) => m.endsWith("_evaluation_rounds"))!;

let t: TestDb;
let before: Map<string, string>;
const earlier = mkdtempSync(path.join(tmpdir(), "jm-migrations-"));

/**
 * The demo data as the seed wrote it before rounds: rows of one institution and year, the
 * year's ceremony date, the evaluator by rule. Written in plain SQL of that schema, so
 * that later changes to the Prisma models do not reach this copy.
 */
async function loadOldDemo(db: TestDb["db"]) {
  for (const s of SEED_SCHEMES) {
    await db.$executeRaw`INSERT INTO "Scheme" ("id", "code", "name", "nameEn", "validFromYear", "validToYear", "scaleMin", "scaleMax", "scaleStep")
      VALUES (${`scheme-${s.code}`}, ${s.code}, ${s.name}, ${s.nameEn}, ${s.validFromYear}, ${s.validToYear}, ${s.scale.min}::numeric, ${s.scale.max}::numeric, ${s.scale.step}::numeric)`;
    for (const c of s.categories) {
      await db.$executeRaw`INSERT INTO "SchemeCategory" ("id", "schemeId", "code", "name", "nameEn", "rank", "lowerBound", "reevaluateAfterYears")
        VALUES (${`category-${s.code}-${c.code}`}, ${`scheme-${s.code}`}, ${c.code}, ${c.name}, ${c.nameEn}, ${c.rank}, ${c.lowerBound}::numeric, ${c.reevaluateAfterYears})`;
    }
  }
  // The scheme life cycle's migration is older than this one: results need an active scheme.
  await db.$executeRaw`UPDATE "Scheme" SET "status" = 'active'`;
  const { provinces, institutions: regional } = regionalInstitutions();
  const all = [...regional, ...centralInstitutions()];
  for (const p of provinces) await db.$executeRaw`INSERT INTO "Province" ("code", "name", "slug") VALUES (${p.code}, ${p.name}, ${p.slug})`;
  const column = <K extends keyof (typeof all)[number]>(k: K) => all.map((i) => i[k]);
  await db.$executeRaw`INSERT INTO "Institution" ("id", "slug", "name", "shortName", "type", "status", "provinceCode", "kemendagriCode", "note", "updatedAt")
    SELECT 'inst-' || slug, slug, name, short, type::"InstitutionType", status::"InstitutionStatus", province, code, note, now()
    FROM unnest(${column("slug")}::text[], ${column("name")}::text[], ${column("shortName")}::text[], ${column("type")}::text[], ${column("status")}::text[],
      ${column("provinceCode")}::text[], ${column("kemendagriCode")}::text[], ${column("note")}::text[]) AS t(slug, name, short, type, status, province, code, note)`;
  const institutionOf = new Map<string, string>();
  for (const i of all) for (const a of new Set(i.aliases.map(normalizeName))) institutionOf.set(a, `inst-${i.slug}`);
  const ceremonies = new Map(readCsv(dataFile("ceremonies.csv")).map((c) => [Number(c.round_year), c])); // the last of a year, as the table held one
  for (const c of ceremonies.values()) {
    await db.$executeRaw`INSERT INTO "Ceremony" ("roundYear", "date", "city", "venue", "evaluator", "totalCount", "sourceUrl", "notes")
      VALUES (${Number(c.round_year)}, ${c.ceremony_date}::date, ${c.city}, ${c.venue || null}, ${c.evaluator}, ${c.total_baik_or_better ? Number(c.total_baik_or_better) : null}, ${c.source_url}, ${c.notes || null})`;
  }
  const seen = new Set<string>();
  let n = 0;
  for (const r of readCsv(dataFile("awards-public.csv"))) {
    if (r.announced_at) continue; // the rows that came with rounds (two BPOM results of 2024)
    const year = Number(r.year);
    const institutionId = institutionOf.get(normalizeName(r.institution_name))!;
    if (seen.has(`${institutionId}|${year}`)) continue;
    seen.add(`${institutionId}|${year}`);
    const scheme = schemeForYear(SEED_SCHEMES, year)!;
    const category = scheme.categories.find((c) => normalizeName(c.name) === normalizeName(r.category))!;
    const evaluator = evaluatorFor(year, r.source_url);
    const announced = evaluator === "bkd_provinsi" ? null : (ceremonies.get(year)?.ceremony_date ?? null);
    const id = `old-${++n}`;
    await db.$executeRaw`INSERT INTO "Evaluation" ("id", "institutionId", "year", "schemeId", "status", "score", "categoryId", "announcedAt", "evaluator", "publication", "updatedAt")
      VALUES (${id}, ${institutionId}, ${year}, ${`scheme-${scheme.code}`}, 'evaluated', ${r.score ? Number(r.score) : null}::numeric, ${`category-${scheme.code}-${category.code}`},
        ${announced}::date, ${evaluator}::"Evaluator", 'published', now())`;
    await db.$executeRaw`INSERT INTO "Source" ("id", "evaluationId", "url", "publisher", "publishedAt") VALUES (${`src-${n}`}, ${id}, ${r.source_url}, ${publisherFromUrl(r.source_url)}, ${dateFromUrl(r.source_url)})`;
  }
  // A year not evaluated has no evaluator of its own.
  await db.$executeRaw`INSERT INTO "Evaluation" ("id", "institutionId", "year", "schemeId", "status", "notEvaluatedReason", "publication", "updatedAt")
    VALUES ('old-not-evaluated', 'inst-kota-pekalongan', 2024, 'scheme-merit-2019', 'not_evaluated', 'biennial_cycle', 'published', now())`;
}

const contents = async (db: TestDb["db"]) =>
  new Map(
    (
      await db.$queryRaw<{ id: string; row: string }[]>`
        SELECT e."id", concat_ws('|', e."institutionId", e."year", e."status", e."score", e."categoryId", e."announcedAt", e."evaluator", e."publication",
          (SELECT string_agg(s."url", ' ') FROM "Source" s WHERE s."evaluationId" = e."id")) AS "row"
        FROM "Evaluation" e`
    ).map((r) => [r.id, r.row]),
  );

beforeAll(async () => {
  for (const m of readdirSync(MIGRATIONS).filter((m) => m < ROUNDS_MIGRATION && !m.endsWith(".toml"))) {
    mkdirSync(path.join(earlier, m));
    copyFileSync(path.join(MIGRATIONS, m, "migration.sql"), path.join(earlier, m, "migration.sql"));
  }
  process.env.PRISMA_MIGRATIONS_DIR = earlier;
  try {
    t = await openTestDb();
  } finally {
    delete process.env.PRISMA_MIGRATIONS_DIR;
  }
  await loadOldDemo(t.db);
  before = await contents(t.db);
  // This migration alone, then any that came after it (the checks read with today's models).
  mkdirSync(path.join(earlier, ROUNDS_MIGRATION));
  copyFileSync(path.join(MIGRATIONS, ROUNDS_MIGRATION, "migration.sql"), path.join(earlier, ROUNDS_MIGRATION, "migration.sql"));
  process.env.PRISMA_MIGRATIONS_DIR = earlier;
  try {
    expect(await t.migrate()).toEqual([ROUNDS_MIGRATION]);
  } finally {
    delete process.env.PRISMA_MIGRATIONS_DIR;
  }
  await t.migrate();
}, 180_000);
afterAll(async () => {
  await t?.drop();
  rmSync(earlier, { recursive: true, force: true });
});

describe(`migration ${ROUNDS_MIGRATION} on the demo data`, () => {
  it("keeps every result with its content and evidence", async () => {
    expect(before.size).toBe(60);
    expect(await contents(t.db)).toEqual(before);
  });

  it("assigns every result to the round of its year and evaluator", async () => {
    const rows = await t.db.evaluation.findMany({ include: { round: true } });
    expect(rows.length).toBe(60);
    for (const e of rows) {
      expect(e.round.year).toBe(e.year);
      expect(e.round.schemeId).toBe(e.schemeId);
      if (e.evaluator) expect(e.round.evaluator).toBe(e.evaluator);
    }
    const roundOf = (id: string) => rows.find((e) => e.id === id)!.round.code;
    expect(roundOf("old-not-evaluated")).toBe("2024-kemenpanrb-bkn-2024-12-19");
    const kabupaten = await t.db.institution.findUniqueOrThrow({ where: { slug: "kabupaten-pekalongan" } });
    expect(rows.find((e) => e.institutionId === kabupaten.id && e.year === 2022)!.round.code).toBe("2022-bkd-provinsi");
  });

  it("turns each ceremony into a round and makes the rounds results need", async () => {
    const rounds = await t.db.evaluationRound.findMany({ orderBy: { code: "asc" } });
    expect(rounds.map((r) => r.code)).toEqual([
      "2020-kasn-2021-01-28",
      "2021-kasn-2021-12-07",
      "2022-bkd-provinsi",
      "2022-kasn-2022-12-08",
      "2023-kasn-2023-12-07",
      "2024-kemenpanrb-bkn-2024-12-19",
      "2025-kemenpanrb-bkn",
    ]);
    expect(rounds.find((r) => r.year === 2023)).toMatchObject({ city: "Yogyakarta", name: "KASN 2023, Yogyakarta", nameEn: "KASN 2023, Yogyakarta", totalCount: 143 });
    expect(rounds.find((r) => r.year === 2023)!.sourceUrls).toEqual(["https://biroadpim.ntbprov.go.id/ntb-raih-penghargaan-anugerah-meritokrasi-2023-dari-kasn/"]);
    expect(await t.db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'Ceremony'`).toEqual([{ n: 0 }]);
  });

  it("then holds a second result of one year in another round, and refuses a result twice in one round", async () => {
    const bpom = await t.db.institution.findUniqueOrThrow({ where: { slug: "badan-pengawas-obat-dan-makanan" } });
    const scheme = await t.db.scheme.findUniqueOrThrow({ where: { code: "merit-2019" }, include: { categories: true } });
    const sangatBaik = scheme.categories.find((c) => c.code === "sangat-baik")!.id;
    const kasn = await t.db.evaluationRound.create({
      data: {
        code: "2024-kasn-2024-05-29",
        year: 2024,
        schemeId: scheme.id,
        evaluator: "kasn",
        announcedOn: new Date("2024-05-29T00:00:00Z"),
        name: "KASN 2024, Bandung",
        nameEn: "KASN 2024, Bandung",
      },
    });
    const bkn = await t.db.evaluationRound.findUniqueOrThrow({ where: { code: "2024-kemenpanrb-bkn-2024-12-19" } });
    const result = (roundId: string, score: number | null) => ({ institutionId: bpom.id, roundId, year: 2024, schemeId: scheme.id, categoryId: sangatBaik, score });
    await t.db.evaluation.create({ data: result(kasn.id, 400) });
    await t.db.evaluation.create({ data: result(bkn.id, null) });
    await expect(t.db.evaluation.create({ data: result(kasn.id, 390) })).rejects.toThrow(/Unique constraint|unique/i);
    expect(await t.db.evaluation.count({ where: { institutionId: bpom.id, year: 2024 } })).toBe(2);
  });
});
