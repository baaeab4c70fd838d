// npm run bench:readiness — a readiness workspace of 8 aspects × 10 indicators × 5 evidence
// items on the embedded database, served by the built app (`next build` first):
// time to first byte of the workspace page, an indicator change until the readiness figures
// show it (in the browser: the pure recompute; from the server: the action, then the
// overview page), uploads of 1–10 MB with the server's memory sampled (the growth per MB of
// file, five 10 MB uploads in a row, one streamed by the client) and the 10 MB download.
// Prints numbers; asserts nothing. BENCH_PORT (default 3610) must be free. BENCH_PG_ADMIN_URL
// (a PostgreSQL URL allowed to CREATE DATABASE) runs it on a fresh PostgreSQL database instead.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { root, startApp } from "./server";

const PORT = Number(process.env.BENCH_PORT ?? 3610);
const SECRET = "bench-only-secret-bench-only-secret-0123";
const dir = mkdtempSync(path.join(os.tmpdir(), "jm-readiness-"));
process.env.BETTER_AUTH_SECRET = SECRET;
process.env.PUBLIC_URL = `http://127.0.0.1:${PORT}`;
delete process.env.DATABASE_URL;

const { closeDb, createDb } = await import("../../lib/db");
const { seedAll } = await import("../../prisma/seed/index");
const { createAuth } = await import("../../lib/auth/auth");
const { readiness, MERIT_2026 } = await import("../../lib/merit");

const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

// 1. The data, written before the server opens the folder (one process per PGlite folder).
const PG_ADMIN = process.env.BENCH_PG_ADMIN_URL;
let pgUrl = "";
if (PG_ADMIN) {
  const pg = (await import("pg")).default;
  const name = `jm_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  pgUrl = url.toString();
  await (await import("../../lib/db")).migratePostgres(pgUrl);
}
const db = await createDb(pgUrl, dir);
let cookie = "";
let institutionId = "";
let indicator = { id: "", version: 1 };
try {
  await seedAll(db);
  const kota = await db.institution.findUniqueOrThrow({ where: { slug: "kota-pekalongan" } });
  institutionId = kota.id;
  const scheme = await db.scheme.findUniqueOrThrow({ where: { code: "merit-2026" }, include: { aspects: true } });
  const workspace = await db.readinessWorkspace.create({ data: { institutionId, year: 2027, schemeId: scheme.id } });
  for (const aspect of scheme.aspects) {
    for (let i = 1; i <= 10; i++) {
      const row = await db.readinessIndicator.create({
        data: {
          workspaceId: workspace.id,
          aspectId: aspect.id,
          title: `${aspect.name} — indikator ${i}`,
          maxScore: 4,
          position: i,
          status: i % 3 === 0 ? "siap" : "proses",
          selfScore: i % 5,
        },
      });
      await db.evidence.createMany({
        data: Array.from({ length: 5 }, (_, e) => ({ indicatorId: row.id, kind: "link" as const, title: `Bukti ${e + 1}`, url: `https://example.org/${row.id}/${e}` })),
      });
      if (!indicator.id) indicator = { id: row.id, version: row.version };
    }
  }
  const response = await createAuth(db).api.signInEmail({ body: { email: "editor.pekalongan@jejakmerit.test", password: "jejak-editor-demo" }, asResponse: true });
  cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
} finally {
  await closeDb(db);
  // The folder's lock names this process, which lives on: hand the folder to the server.
  rmSync(`${path.resolve(dir)}.lock`, { force: true });
}

// The action's id, as the browser sends it (the build's server reference manifest).
const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")).node as Record<
  string,
  { exportedName: string; filename: string }
>;
const actionId = Object.entries(manifest).find(([, v]) => v.filename === "lib/actions/readiness.ts" && v.exportedName === "updateIndicator")![0];

console.log(`database: ${PG_ADMIN ? "PostgreSQL" : "embedded (PGlite)"}`);
const app = await startApp(PORT, { PGLITE_DIR: dir, DATABASE_URL: pgUrl, BETTER_AUTH_SECRET: SECRET, PUBLIC_URL: `http://127.0.0.1:${PORT}` });
const headers = { cookie, origin: app.base };
/** Resident memory of the server's whole process group, in bytes. */
const serverRss = () => {
  const out = execFileSync("ps", ["-o", "rss=", "-g", String(app.pid)], { encoding: "utf8" });
  return out
    .split("\n")
    .filter(Boolean)
    .reduce((sum, kb) => sum + Number(kb) * 1024, 0);
};
async function sampledPeak<T>(run: () => Promise<T>) {
  let peak = serverRss();
  const timer = setInterval(() => (peak = Math.max(peak, serverRss())), 20);
  try {
    return { value: await run(), peak: Math.max(peak, serverRss()) };
  } finally {
    clearInterval(timer);
  }
}

try {
  const page = `${app.base}/admin/persiapan/kota-pekalongan/2027`;
  // 2. First byte of the workspace page (warm-up first: the first request compiles nothing, but opens the database).
  for (let i = 0; i < 3; i++) await (await fetch(page, { headers })).text();
  const firstByte: number[] = [];
  const whole: number[] = [];
  let html = "";
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    const response = await fetch(page, { headers });
    const reader = response.body!.getReader();
    const first = await reader.read();
    firstByte.push(performance.now() - start);
    html = new TextDecoder().decode(first.value);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      html += new TextDecoder().decode(value);
    }
    whole.push(performance.now() - start);
  }
  if (!html.includes("indikator 10")) throw new Error("the workspace page did not show the indicators");
  console.log(
    `workspace 8×10×5: first byte median ${ms(median(firstByte))}, p95 ${ms(p95(firstByte))}; whole page median ${ms(median(whole))} (${(html.length / 1024).toFixed(0)} KB)`,
  );

  // 3. An indicator change → the figures. In the browser the figures are recomputed from the cache at once.
  const figures = Array.from({ length: 80 }, (_, i) => ({ aspectCode: MERIT_2026.aspects[i % 8].code, status: "proses" as const, selfScore: 2, maxScore: 4 }));
  const t0 = performance.now();
  for (let i = 0; i < 1000; i++) readiness(MERIT_2026, figures);
  console.log(`readiness recompute (80 indicators, in the browser's cache): ${(((performance.now() - t0) / 1000) * 1000).toFixed(1)} µs each`);
  const roundTrips: number[] = [];
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    const saved = await fetch(page, {
      method: "POST",
      headers: { ...headers, "next-action": actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
      body: JSON.stringify([{ id: indicator.id, version: indicator.version, status: "proses", selfScore: i % 4, ownerId: null, dueDate: null, notes: null }]),
    });
    const text = await saved.text();
    const version = /"version":(\d+)/.exec(text.slice(text.indexOf('"ok":true')))?.[1];
    if (!version) throw new Error(`the save was refused: ${text.slice(0, 300)}`);
    indicator.version = Number(version);
    await (await fetch(`${app.base}/admin/persiapan`, { headers })).text();
    roundTrips.push(performance.now() - start);
  }
  console.log(`indicator saved by the action, then the overview page re-read: median ${ms(median(roundTrips))}, p95 ${ms(p95(roundTrips))}`);

  // 4. Uploads of 1 to 10 MB, with the server's memory sampled every 20 ms. Peak RSS also counts
  // garbage not yet collected and (PGlite) a WASM heap that never shrinks, so the repeated
  // uploads below tell more: RSS settled after each.
  const pdf = (size: number) => {
    const bytes = new Uint8Array(size).fill(0x20);
    bytes.set(new TextEncoder().encode("%PDF-1.7\n"));
    return bytes;
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 500));
  const upload = (body: BodyInit, extra: RequestInit = {}) =>
    sampledPeak(async () => {
      const response = await fetch(`${app.base}/api/admin/evidence-files?institution=${institutionId}`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/octet-stream", "x-file-name": "bukti.pdf" },
        body,
        ...extra,
      });
      const json = await response.json();
      if (response.status !== 201) throw new Error(`upload refused: ${JSON.stringify(json)}`);
      return json as { id: string };
    });
  for (const size of [1, 2, 5, 10].map((n) => n * 1024 * 1024)) {
    await settle();
    const idle = serverRss();
    const start = performance.now();
    const { peak } = await upload(pdf(size));
    console.log(`upload ${mb(size)}: ${ms(performance.now() - start)}; server RSS ${mb(idle)} idle → peak ${mb(peak)} (+${mb(peak - idle)})`);
  }

  // The same 10 MB five times: memory the upload keeps shows as a staircase, garbage or a
  // high-water mark as a plateau.
  const after: string[] = [];
  const times: number[] = [];
  let lastFile = "";
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    lastFile = (await upload(pdf(10 * 1024 * 1024))).value.id;
    times.push(performance.now() - start);
    await settle();
    after.push(mb(serverRss()));
  }
  console.log(`10 MB uploaded 5 times: median ${ms(median(times))}; server RSS after each: ${after.join(", ")}`);

  // A client that streams its 10 MB in 64 KB pieces: the server reads the body as it comes.
  await settle();
  const idle = serverRss();
  const piece = new Uint8Array(64 * 1024).fill(0x20);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= 10 * 1024 * 1024) return controller.close();
      controller.enqueue(sent === 0 ? pdf(piece.length) : piece);
      sent += piece.length;
    },
  });
  const streamStart = performance.now();
  const streamed = await upload(stream, { duplex: "half" } as RequestInit);
  console.log(`10 MB streamed by the client in 64 KB pieces: ${ms(performance.now() - streamStart)}; server RSS +${mb(streamed.peak - idle)} at peak`);

  // 5. The 10 MB file attached as evidence (the action, as the browser calls it), then downloaded.
  const attachId = Object.entries(manifest).find(([, v]) => v.filename === "lib/actions/readiness.ts" && v.exportedName === "attachEvidenceFile")![0];
  const attached = await fetch(page, {
    method: "POST",
    headers: { ...headers, "next-action": attachId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
    body: JSON.stringify([{ indicatorId: indicator.id, fileId: lastFile, title: null }]),
  });
  if (!(await attached.text()).includes('"ok":true')) throw new Error("the file was not attached");
  await settle();
  const idleDown = serverRss();
  const downStart = performance.now();
  const { value: bytes, peak: downPeak } = await sampledPeak(async () => {
    const response = await fetch(`${app.base}/api/admin/evidence-files/${lastFile}`, { headers });
    let n = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) n += chunk.byteLength;
    return n;
  });
  if (bytes !== 10 * 1024 * 1024) throw new Error(`download returned ${bytes} bytes`);
  console.log(`download 10 MB: ${ms(performance.now() - downStart)}; server RSS +${mb(downPeak - idleDown)} at peak`);
} finally {
  await app.stop();
  rmSync(dir, { recursive: true, force: true });
  if (PG_ADMIN && pgUrl) {
    const pg = (await import("pg")).default;
    const admin = new pg.Client({ connectionString: PG_ADMIN });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${new URL(pgUrl).pathname.slice(1)} WITH (FORCE)`);
    await admin.end();
  }
}
