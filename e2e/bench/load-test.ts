// npm run bench:load — the site under load on PostgreSQL: two instances of the built app
// on one database, 200 readers spread over the public pages and API of both, and 10 staff
// writers importing one published result per request, spread over both as a load balancer
// would, for 60 s (autocannon
// on loopback). Passes when no request failed and every acknowledged write is in the
// database and on the public API of both instances afterwards. Prints p50 and p99.
//
//   DATABASE_URL=postgresql://… npm run bench:load   (a scratch database: migrated, seeded and written to)
//   LOAD_SECONDS (60) LOAD_READERS (200) LOAD_WRITERS (10) LOAD_PORT (3300, and the next)
//   LOAD_WRITE_RATE (unset): imports per second per writer, e.g. 0.2 for one every 5 s
//   LOAD_TIMEOUT_SECONDS (30): a request without an answer by then counts as an error
// Needs a build (`npm run build`).
import autocannon from "autocannon";
import pg from "pg";
import { importAnswer } from "../import-file";
import { adminCookie, prepareDatabase, startApp, type App } from "./server";
import { READS, summary, writes, type Institution, type Written } from "./site-load";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("Set DATABASE_URL to a scratch PostgreSQL database (it is written to).");
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const READERS = Number(process.env.LOAD_READERS ?? 200);
const WRITERS = Number(process.env.LOAD_WRITERS ?? 10);
const PORT = Number(process.env.LOAD_PORT ?? 3300);
// Imports per second per writer; unset: each writer sends its next import as soon as the last is answered.
const WRITE_RATE = process.env.LOAD_WRITE_RATE ? Number(process.env.LOAD_WRITE_RATE) : undefined;
// A reader waits at most this long for an answer before it counts as an error.
const TIMEOUT = Number(process.env.LOAD_TIMEOUT_SECONDS ?? 30);
const SECRET = process.env.BETTER_AUTH_SECRET ?? "load-test-only-secret-0123456789abcdef";

async function main() {
  await prepareDatabase(url!, { admin: true });
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const institutions = (
    await db.query<Institution>(`SELECT i.slug, i.name, i.type, p.name AS province FROM "Institution" i LEFT JOIN "Province" p ON p.code = i."provinceCode" ORDER BY i.slug`)
  ).rows;
  const env = { DATABASE_URL: url, BETTER_AUTH_SECRET: SECRET };
  const apps: App[] = [];
  try {
    for (const port of [PORT, PORT + 1]) apps.push(await startApp(port, { ...env, PUBLIC_URL: `http://127.0.0.1:${port}` }));
    const cookie = await adminCookie(url!, apps[0].base, SECRET); // sessions live in the database: valid on both

    // Years after any already in the database, so a second run writes new results too.
    const {
      rows: [{ max }],
    } = await db.query<{ max: number | null }>(`SELECT max(year) AS max FROM "Evaluation"`);
    const file = writes(institutions, Math.max(2040, (max ?? 0) + 1));
    const acknowledged: Written[] = [];
    const refused: string[] = [];
    const answered = (status: number, body: string, row: Omit<Written, "batchId">) => {
      const last = importAnswer(body); // not the import's answer (empty, cut off): refused below
      if (status === 200 && last.result?.created === 1 && last.result.batchId) acknowledged.push({ ...row, batchId: last.result.batchId });
      else refused.push(`${status} ${row.slug} ${row.year}: ${last.error ?? (body.slice(0, 200) || "(empty body)")}`);
    };

    // Warm-up, as an instance behind a load balancer gets before its share of traffic: every
    // address read, one import through each instance, then every address read again. The
    // timed run then meets code that has run once, not a first render of every page at the
    // moment 100 readers arrive (the first imports of a cold instance under full load took
    // 10 s and more, all of it before the second write).
    const readAll = async () => {
      for (const app of apps) for (const path of READS) await (await fetch(`${app.base}${path}`)).arrayBuffer();
    };
    await readAll();
    for (const app of apps) {
      const { body, row } = file.body();
      const response = await fetch(`${app.base}/api/admin/import/commit`, { method: "POST", headers: { cookie, origin: app.base, "content-type": file.contentType }, body });
      answered(response.status, await response.text(), row);
    }
    await readAll(); // expired by the imports: rendered afresh
    await new Promise((r) => setTimeout(r, 2000)); // the imports' later stale marks (1.5 s) …
    await readAll(); // … regenerate in the background once more
    console.log(`${SECONDS} s: ${READERS} readers over ${READS.length} addresses and ${WRITERS} writers, spread over ${apps.length} instances …`);
    const split = (total: number, i: number) => Math.floor(total / apps.length) + (i < total % apps.length ? 1 : 0);
    const readers = apps.map((app, i) =>
      autocannon({
        url: app.base,
        connections: split(READERS, i),
        duration: SECONDS,
        timeout: TIMEOUT,
        requests: READS.map((path) => ({ path })),
      }),
    );
    const writers = apps.map((app, i) =>
      split(WRITERS, i) === 0
        ? null
        : autocannon({
            url: `${app.base}/api/admin/import/commit`,
            connections: split(WRITERS, i),
            duration: SECONDS,
            timeout: TIMEOUT,
            connectionRate: WRITE_RATE,
            method: "POST",
            headers: { cookie, origin: app.base, "content-type": file.contentType },
            requests: [
              {
                setupRequest: (request, context) => {
                  const { body, row } = file.body();
                  (context as { row?: typeof row }).row = row;
                  return { ...request, body };
                },
                onResponse: (status, body, context) => answered(status, body, (context as { row?: Omit<Written, "batchId"> }).row!),
              },
            ],
          }),
    );
    const [readA, readB] = await Promise.all(readers);
    const [writtenA, writtenB] = await Promise.all(writers);

    // Every acknowledged write is in the database, once, and on both instances' public API.
    const stored = await db.query<{ batchId: string }>(
      `SELECT a."batchId" FROM "AuditEntry" a JOIN "Evaluation" e ON e.id = a."entityId"
        WHERE a."batchId" = ANY($1::text[]) AND a."entityType" = 'evaluation' AND e.publication = 'published'`,
      [acknowledged.map((w) => w.batchId)],
    );
    const storedIds = new Set(stored.rows.map((r) => r.batchId));
    const missing = acknowledged.filter((w) => !storedIds.has(w.batchId));
    const sample = acknowledged.filter((_, i) => i % Math.max(1, Math.floor(acknowledged.length / 25)) === 0);
    const invisible: string[] = [];
    for (const w of sample) {
      for (const app of apps) {
        const body = await (await fetch(`${app.base}/api/v1/institutions/${w.slug}`)).json();
        if (!body.evaluations?.some((e: { year: number }) => e.year === w.year)) invisible.push(`${app.base} ${w.slug} ${w.year}`);
      }
    }

    console.log("\nReaders (public pages and API, both instances)");
    console.table({ [apps[0].base]: summary(readA), [apps[1].base]: summary(readB) });
    console.log("Writers (one published result per import, one transaction and audit batch each)");
    console.table(
      Object.fromEntries(
        apps.flatMap((app, i) => {
          const w = [writtenA, writtenB][i];
          return w ? [[app.base, summary(w)]] : [];
        }),
      ),
    );
    console.log(`Acknowledged writes: ${acknowledged.length}; missing from the database: ${missing.length}; refused: ${refused.length}`);
    console.log(`Spot check on the public API of both instances: ${sample.length * apps.length - invisible.length}/${sample.length * apps.length} show the new year`);
    for (const line of [...refused.slice(0, 5), ...invisible.slice(0, 5)]) console.log(`  ${line}`);
    const failed =
      summary(readA).errors +
      summary(readB).errors +
      (writtenA ? summary(writtenA).errors : 0) +
      (writtenB ? summary(writtenB).errors : 0) +
      missing.length +
      invisible.length +
      refused.length;
    if (failed > 0 || (WRITERS > 0 && acknowledged.length === 0)) {
      console.log("FAILED");
      process.exitCode = 1;
    } else console.log("OK: no errors, every acknowledged write present");
  } finally {
    for (const app of apps) await app.stop();
    await db.end();
  }
}

await main();
