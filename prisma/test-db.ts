// Databases for integration tests: a fresh in-memory PGlite, or — when TEST_DATABASE_URL
// points at a PostgreSQL server — a fresh database created there and dropped afterwards.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { closeDb, createDb, migratePostgres, openPglite, type Db } from "../lib/db";
import { PrismaClient } from "../lib/generated/prisma/client";
import { applyMigrations } from "../lib/migrate";

export type TestDb = {
  db: Db;
  kind: "pglite" | "postgresql";
  url?: string;
  /** Applies the migrations not yet applied (of PRISMA_MIGRATIONS_DIR, else prisma/migrations). */
  migrate(): Promise<string[]>;
  drop(): Promise<void>;
};

export async function openTestDb(): Promise<TestDb> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) {
    const pglite = await openPglite("memory://");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const db = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    const migrate = () =>
      applyMigrations({ exec: (sql) => pglite.exec(sql), query: async (sql, params) => (await pglite.query<Record<string, unknown>>(sql, params)).rows as never[] });
    return {
      db,
      kind: "pglite",
      migrate,
      drop: async () => {
        await db.$disconnect();
        await pglite.close();
      },
    };
  }
  const name = `jm_test_${randomBytes(6).toString("hex")}`;
  await withAdmin(admin, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  await migratePostgres(url.toString());
  const db = await createDb(url.toString());
  return {
    db,
    kind: "postgresql",
    url: url.toString(),
    migrate: () => migratePostgres(url.toString()),
    drop: async () => {
      await closeDb(db);
      // FORCE cannot end a server-owned worker (an autovacuum run after a large insert):
      // PostgreSQL refuses with 42501 until it finishes, which takes moments.
      for (let attempt = 1; ; attempt++) {
        try {
          await withAdmin(admin, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
          return;
        } catch (e) {
          if ((e as { code?: string }).code !== "42501" || attempt === 20) throw e;
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    },
  };
}

async function withAdmin<T>(url: string, run: (c: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
