// The only place a Prisma client is made. DATABASE_URL set → PostgreSQL through
// @prisma/adapter-pg; unset → embedded PGlite in-process (PGLITE_DIR, default .data/pglite).
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaClient } from "./generated/prisma/client";
import { applyMigrations } from "./migrate";

export type Db = PrismaClient;

export function defaultPgliteDir() {
  return process.env.PGLITE_DIR || path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "pglite");
}

export async function migratePostgres(url: string) {
  const client = new pg.Client({ connectionString: url }); // one session: the advisory lock is per session
  await client.connect();
  try {
    return await applyMigrations({
      exec: (sql) => client.query(sql), // no params → simple protocol → several statements at once
      query: async (sql, params) => (await client.query(sql, params)).rows,
    });
  } finally {
    await client.end();
  }
}

export async function openPglite(dataDir = defaultPgliteDir()): Promise<PGlite> {
  const { PGlite } = await import("@electric-sql/pglite");
  if (!dataDir.startsWith("memory://")) {
    mkdirSync(/*turbopackIgnore: true*/ dataDir, { recursive: true });
    lockDataDir(dataDir);
  }
  const db = await PGlite.create(dataDir);
  await applyMigrations({
    exec: (sql) => db.exec(sql),
    query: async (sql, params) => (await db.query<Record<string, unknown>>(sql, params)).rows as never[],
  });
  return db;
}

// PGlite has no cross-process lock: a second process opening the same folder gets no
// error and its committed rows are silently lost. A pid lockfile makes one owner.
function lockDataDir(dataDir: string) {
  const file = `${path.resolve(dataDir)}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(/*turbopackIgnore: true*/ file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      process.once("exit", () => releaseLock(file));
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const pid = Number(readFileSync(/*turbopackIgnore: true*/ file, "utf8"));
      if (pid === process.pid || isAlive(pid)) {
        throw new Error(`The embedded database ${dataDir} is already open in process ${pid} (${file}).`);
      }
      unlinkSync(/*turbopackIgnore: true*/ file); // stale lock left by a crashed process
    }
  }
}

function releaseLock(file: string) {
  try {
    if (readFileSync(/*turbopackIgnore: true*/ file, "utf8") === String(process.pid)) unlinkSync(file);
  } catch {
    // already gone
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

const pgliteOf = new WeakMap<Db, PGlite>();

export async function createDb(url = process.env.DATABASE_URL, pgliteDir = defaultPgliteDir()): Promise<Db> {
  if (url) {
    if (process.env.DB_AUTO_MIGRATE === "1") await migratePostgres(url);
    const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max }) });
  }
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const pglite = await openPglite(pgliteDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  pgliteOf.set(prisma, pglite);
  return prisma;
}

/** $disconnect() leaves PGlite open, and its WASM timer keeps the process alive. */
export async function closeDb(db: Db) {
  await db.$disconnect();
  const pglite = pgliteOf.get(db);
  if (pglite && !pglite.closed) await pglite.close();
}

// One client per process, created on first use (never at import or build time).
const g = globalThis as typeof globalThis & { __db?: Promise<Db> };
export function getDb(): Promise<Db> {
  g.__db ??= createDb().catch((e) => {
    g.__db = undefined;
    throw e;
  });
  return g.__db;
}

/** Runs a trivial query; used by the health check. */
export async function pingDb(timeoutMs = 3000): Promise<boolean> {
  try {
    const db = await withTimeout(getDb(), timeoutMs);
    await withTimeout(db.$queryRaw`SELECT 1`, timeoutMs);
    return true;
  } catch {
    return false;
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error("timeout")), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}
