// npm run bench:scale — the same reads on a demo-size database and on a national-size one
// (10 000 institutions × 10 years), side by side with their ratio:
//  1. uncached cost: the query functions behind the public pages, timed directly against
//     each database (what a request pays after a write has expired the cache);
//  2. through the app: first response after start, then throughput and latency of the
//     cached pages and API routes (autocannon on loopback, bounded), in rounds that
//     alternate the two sizes (BENCH_ROUNDS, default 2), keeping each row's best; then the
//     first response of the dataset's pages after one result is imported through the app.
// Needs a build (`npm run build`) and PostgreSQL: SCALE_DEMO_URL and SCALE_URL, or a
// DATABASE_URL whose name gets the suffixes _demo and _scale. Missing databases are
// created, migrated and seeded; the scale one gets the synthetic data (once).
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { closeDb, createDb, type Db } from "../../lib/db";
import { loadDataset, refreshDataset } from "../../lib/cache/dataset-load";
import { loadInstitutionProfile } from "../../lib/queries/institution-profile";
import { biggestMovers, indexView, nationalCounts, peerRanks, searchInstitutions, yearView } from "../../lib/public/views";
import { generateScaleData } from "../../prisma/seed/scale";
import { IMPORT_HEADER, importAnswer, resultRow } from "../import-file";
import { adminCookie, load, prepareDatabase, root, startApp } from "./server";

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const INSTITUTIONS = Number(process.env.SCALE_INSTITUTIONS ?? 10_000);
const YEARS = Number(process.env.SCALE_YEARS ?? 10);
const SLUG = "kota-pekalongan";

function databaseUrl(explicit: string | undefined, suffix: string) {
  if (explicit) return explicit;
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("Set SCALE_DEMO_URL and SCALE_URL, or a DATABASE_URL to derive them from.");
  const url = new URL(base);
  url.pathname = `${url.pathname.replace(/^\//, "")}_${suffix}`;
  return url.toString();
}

async function ensureDatabase(url: string) {
  const admin = new URL(url);
  const name = decodeURIComponent(admin.pathname.slice(1));
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function timed(run: () => unknown, iterations = ITERATIONS) {
  await run(); // the first run warms the connection pool and the query compiler
  const ms: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p99: percentile(ms, 99) };
}

type Figures = { p50: number; p99: number; rps?: number; bytes?: number; errors?: number };

/** Uncached cost: database reads, then the views computed from the dataset (CPU only). */
async function directCosts(db: Db): Promise<Record<string, Figures>> {
  const ds = await loadDataset(db);
  return {
    "db: dataset (every page's source)": await timed(() => loadDataset(db), Math.min(ITERATIONS, 10)),
    "db: dataset brought up to date after a one-institution write": await timed(() => refreshDataset(db, ds, ["kota-pekalongan"])),
    [`db: institution profile ${SLUG}`]: await timed(() => loadInstitutionProfile(db, SLUG)),
    "db: slug redirect lookup": await timed(() => db.institutionSlugRedirect.findUnique({ where: { oldSlug: "tidak-ada" } })),
    "db: newest published change": await timed(() => db.evaluation.findFirst({ where: { publication: "published" }, orderBy: { updatedAt: "desc" }, select: { updatedAt: true } })),
    "view: index, page 1": await timed(() => indexView(ds, {})),
    "view: index ?jenis=kota&urut=score": await timed(() => indexView(ds, { type: "kota", sort: "score" })),
    "view: year 2023 (built, as after a write)": await timed(() => yearView({ ...ds }, 2023)), // a new dataset object: not the memo
    "view: home (national counts, movers)": await timed(() => [nationalCounts(ds), biggestMovers(ds, 5)]),
    [`view: peer ranks ${SLUG}`]: await timed(() => peerRanks(ds, SLUG)),
    "view: search 'pekalongan'": await timed(() => searchInstitutions(ds, "pekalongan", 10)),
  };
}

const PATHS = [
  "/",
  "/instansi",
  "/instansi?jenis=kota&urut=score",
  `/instansi/${SLUG}`,
  "/tahun/2023",
  "/api/v1/institutions?jenis=kota&urut=score&per=25",
  `/api/v1/institutions/${SLUG}`,
  "/api/v1/years/2023",
  "/api/v1/search?q=pekalongan",
];

/**
 * First response of each path after start (the first one also loads the dataset), then load.
 * The page cache on disk is emptied first: the demo and the scale instance share one build,
 * and neither may start from pages the other stored.
 */
async function throughApp(url: string): Promise<Record<string, Figures>> {
  rmSync(join(root, ".next", "server", "route-cache"), { recursive: true, force: true });
  const secret = randomBytes(32).toString("hex");
  const app = await startApp(PORT, { DATABASE_URL: url, PUBLIC_URL: `http://127.0.0.1:${PORT}`, BETTER_AUTH_SECRET: secret });
  const out: Record<string, Figures> = {};
  try {
    for (const path of PATHS) {
      const t = performance.now();
      const response = await fetch(`${app.base}${path}`);
      const bytes = (await response.arrayBuffer()).byteLength;
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      const ms = performance.now() - t;
      out[`first request ${path}`] = { p50: ms, p99: ms, bytes };
    }
    for (const path of PATHS) {
      const r = await load(`${app.base}${path}`, { connections: CONNECTIONS, duration: DURATION });
      out[`cached ${path}`] = { p50: r.p50, p99: r.p99, rps: r.rps, errors: r.errors };
    }
    Object.assign(out, await afterAWrite(url, app.base, secret));
  } finally {
    await app.stop();
  }
  return out;
}

const AFTER_WRITE = ["/", "/instansi", "/tahun/2023", "/api/v1/years/2023"];
const WRITE_YEAR = 2040;

/**
 * What the first reader pays after a write: one result imported through the app (the
 * commit expires its institution and the dataset), then the first request of pages that
 * derive from the dataset. The result is removed afterwards; the page cache goes at the next start.
 */
async function afterAWrite(url: string, base: string, secret: string): Promise<Record<string, Figures>> {
  const cookie = await adminCookie(url, base, secret);
  const score = 1 + Math.round(Math.random() * 39) / 100; // within the 2026 scheme's range
  const form = new FormData();
  const csv = `${IMPORT_HEADER}\n${resultRow({ name: "Kota Pekalongan", type: "kota", province: "Jawa Tengah" }, WRITE_YEAR, score)}\n`;
  form.set("file", new File([csv], "satu-hasil.csv", { type: "text/csv" }));
  form.set("mode", "all");
  form.set("publish", "1");
  const answer = await (await fetch(`${base}/api/admin/import/commit`, { method: "POST", headers: { cookie, origin: base }, body: form })).text();
  const last = importAnswer(answer);
  if (!last.result || (last.result.created ?? 0) + (last.result.updated ?? 0) !== 1) throw new Error(`import: ${answer.slice(0, 300)}`);
  await new Promise((r) => setTimeout(r, 300)); // the commit's expiry runs once its answer is complete
  const out: Record<string, Figures> = {};
  for (const path of AFTER_WRITE) {
    const t = performance.now();
    const response = await fetch(`${base}${path}`);
    const bytes = (await response.arrayBuffer()).byteLength;
    const ms = performance.now() - t;
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    if (response.headers.get("x-nextjs-cache") === "HIT") throw new Error(`${path} answered from the cache after the write`);
    out[`first request after a write ${path}`] = { p50: ms, p99: ms, bytes };
  }
  const db = await createDb(url);
  try {
    await db.evaluation.deleteMany({ where: { year: WRITE_YEAR, institution: { slug: SLUG } } });
  } finally {
    await closeDb(db);
  }
  return out;
}

async function measure(url: string, { direct }: { direct: boolean }) {
  const db = await createDb(url);
  try {
    const counts = { institutions: await db.institution.count(), evaluations: await db.evaluation.count() };
    return { counts, rows: { ...(direct ? await directCosts(db) : {}), ...(await throughApp(url)) } };
  } finally {
    await closeDb(db);
  }
}

type Measured = Awaited<ReturnType<typeof measure>>;

/** Of several rounds, each cached row's best throughput; everything else from the first round. */
function bestOf(rounds: Measured[]): Measured {
  const rows = { ...rounds[0].rows };
  for (const round of rounds.slice(1)) {
    for (const [name, r] of Object.entries(round.rows)) if (r.rps != null && r.rps > (rows[name].rps ?? 0)) rows[name] = r;
  }
  return { counts: rounds[0].counts, rows };
}

async function main() {
  const demoUrl = databaseUrl(process.env.SCALE_DEMO_URL, "demo");
  const scaleUrl = databaseUrl(process.env.SCALE_URL, "scale");
  for (const url of [demoUrl, scaleUrl]) {
    await ensureDatabase(url);
    await prepareDatabase(url, { admin: true });
  }
  const db = await createDb(scaleUrl);
  try {
    const generated = await generateScaleData(db, { institutions: INSTITUTIONS, years: YEARS });
    if (generated.written) console.log(`Synthetic data written in ${(generated.ms / 1000).toFixed(1)} s`);
  } finally {
    await closeDb(db);
  }

  // The machine's speed drifts over minutes: the two sizes take turns (demo, scale, scale,
  // demo, …) and each cached row keeps its best round, so a slow spell on one side does
  // not read as a cost of scale.
  const rounds: Record<"demo" | "scale", Measured[]> = { demo: [], scale: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const side of round % 2 === 0 ? (["demo", "scale"] as const) : (["scale", "demo"] as const)) {
      rounds[side].push(await measure(side === "demo" ? demoUrl : scaleUrl, { direct: round === 0 }));
    }
  }
  const demo = bestOf(rounds.demo);
  const scale = bestOf(rounds.scale);
  const f = (n: number | undefined) => (n == null ? "" : n >= 100 ? String(Math.round(n)) : n.toFixed(n >= 10 ? 1 : 2));
  const table: Record<string, Record<string, string | number>> = {};
  for (const [name, d] of Object.entries(demo.rows)) {
    const s = scale.rows[name];
    // Throughput rows compare requests per second, the others the median time.
    const ratio = d.rps != null && s.rps ? d.rps / s.rps : s.p50 / d.p50;
    table[name] = {
      "demo p50": f(d.p50),
      "demo p99": f(d.p99),
      "demo req/s": f(d.rps),
      "scale p50": f(s.p50),
      "scale p99": f(s.p99),
      "scale req/s": f(s.rps),
      ratio: ratio.toFixed(2),
      ...(s.bytes != null ? { "KB demo→scale": `${f(d.bytes! / 1024)}→${f(s.bytes / 1024)}` } : {}),
      ...(d.errors || s.errors ? { errors: `${d.errors ?? 0}/${s.errors ?? 0}` } : {}),
    };
  }
  console.log(`\ndemo: ${JSON.stringify(demo.counts)} · scale: ${JSON.stringify(scale.counts)}`);
  console.log(`times in ms; direct rows: ${ITERATIONS} runs; cached rows: autocannon -c ${CONNECTIONS} -d ${DURATION} on loopback, best of ${ROUNDS} rounds per size`);
  console.log("ratio: scale/demo of p50, or demo/scale of req/s (1 = no slower at scale)");
  console.table(table);
}

await main();
