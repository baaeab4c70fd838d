// The scheme life-cycle migration on a database that already holds schemes and results:
// every scheme becomes active (so its results stay valid), the 2026 bands provisional with
// the index's components, and no result is lost. On embedded PGlite, or on PostgreSQL when TEST_DATABASE_URL is set.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, migrationsDir, type SqlRunner } from "../lib/migrate";

const MIGRATION = "scheme_lifecycle";
let runner: SqlRunner;
let close: () => Promise<void>;
let before: string;

beforeAll(async () => {
  // The migrations up to the one under test, in a folder of their own.
  before = mkdtempSync(path.join(tmpdir(), "jm-migrations-"));
  for (const name of readdirSync(migrationsDir()).filter((n) => !n.endsWith(`_${MIGRATION}`) && n < laterThan())) {
    cpSync(path.join(migrationsDir(), name), path.join(before, name), { recursive: true });
  }
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) {
    const { PGlite } = await import("@electric-sql/pglite");
    const db = await PGlite.create("memory://");
    runner = { exec: (sql) => db.exec(sql), query: async (sql, params) => (await db.query<Record<string, unknown>>(sql, params)).rows as never[] };
    close = () => db.close();
    return;
  }
  const name = `jm_test_${randomBytes(6).toString("hex")}`;
  const server = new pg.Client({ connectionString: admin });
  await server.connect();
  await server.query(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  runner = { exec: (sql) => client.query(sql), query: async (sql, params) => (await client.query(sql, params)).rows };
  close = async () => {
    await client.end();
    await server.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await server.end();
  };
});

afterAll(async () => {
  await close?.();
  rmSync(before, { recursive: true, force: true });
});

/** The name of the migration under test: every earlier one is applied first. */
function laterThan() {
  return readdirSync(migrationsDir()).find((n) => n.endsWith(`_${MIGRATION}`))!;
}

describe("the scheme life-cycle migration", () => {
  it("makes the existing schemes active, the 2026 bands provisional with its components, and keeps every result", async () => {
    await applyMigrations(runner, before);
    await runner.exec(`
      INSERT INTO "Scheme" ("id", "code", "name", "nameEn", "validFromYear", "validToYear", "scaleMin", "scaleMax", "scaleStep")
        VALUES ('s19', 'merit-2019', 'Sistem Merit 2019–2025', 'Merit 2019–2025', 2019, 2025, 0, 400, 0.5),
               ('s26', 'merit-2026', 'Indeks Sistem Merit 2026', 'Index 2026', 2026, NULL, 0, 1.5, 0.001);
      INSERT INTO "SchemeCategory" ("id", "schemeId", "code", "name", "nameEn", "rank", "lowerBound")
        VALUES ('c1', 's19', 'buruk', 'Buruk', 'Poor', 1, 0), ('c2', 's19', 'baik', 'Baik', 'Good', 2, 250);
      INSERT INTO "Institution" ("id", "slug", "name", "type", "updatedAt") VALUES ('i1', 'kota-contoh', 'Kota Contoh', 'kota', now());
      INSERT INTO "Evaluation" ("id", "institutionId", "year", "schemeId", "score", "categoryId", "updatedAt")
        VALUES ('e1', 'i1', 2023, 's19', 264.5, 'c2', now());
    `);
    const applied = await applyMigrations(runner);
    expect(applied).toEqual([laterThan(), ...readdirSync(migrationsDir()).filter((n) => n > laterThan() && !n.endsWith(".toml"))]);
    expect(await runner.query(`SELECT "code", "status"::text AS "status", "provisional", "version" FROM "Scheme" ORDER BY "code"`)).toEqual([
      { code: "merit-2019", status: "active", provisional: false, version: 1 },
      { code: "merit-2026", status: "active", provisional: true, version: 1 },
    ]);
    expect(
      await runner.query(
        `SELECT c."code", c."weightPercent"::float8 AS "weight", c."subtracted" FROM "SchemeComponent" c JOIN "Scheme" s ON s."id" = c."schemeId" WHERE s."code" = 'merit-2026' ORDER BY c."position"`,
      ),
    ).toEqual([
      { code: "kematangan", weight: 75, subtracted: false },
      { code: "kepuasan-keterikatan", weight: 25, subtracted: false },
      { code: "koreksi-pelanggaran", weight: null, subtracted: true },
    ]);
    expect(await runner.query(`SELECT "id", "year" FROM "Evaluation"`)).toEqual([{ id: "e1", year: 2023 }]);
    // The result can still be edited under its (now active) scheme.
    await runner.exec(`UPDATE "Evaluation" SET "score" = 300 WHERE "id" = 'e1'`);
  });
});
