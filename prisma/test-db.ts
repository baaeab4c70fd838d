// Databases for integration tests: a fresh in-memory PGlite, or — when TEST_DATABASE_URL
// points at a PostgreSQL server — a fresh database created there and dropped afterwards.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { closeDb, createDb, migratePostgres, type Db } from "../lib/db";

export type TestDb = { db: Db; kind: "pglite" | "postgresql"; url?: string; drop(): Promise<void> };

export async function openTestDb(): Promise<TestDb> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) {
    const db = await createDb("", "memory://");
    return { db, kind: "pglite", drop: () => closeDb(db) };
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
