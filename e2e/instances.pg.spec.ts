// Two instances of the app on one PostgreSQL database behave as one site, and an instance
// whose database goes away keeps serving what it has cached, says so, writes nothing
// half-way, and comes back by itself. The second instance reaches the database through a
// relay the tests cut (e2e/db-proxy.ts).
import pg from "pg";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { MERIT_2019, MERIT_2026, schemeForYear } from "../lib/merit";
import { IMPORT_HEADER, resultRow } from "./import-file";
import { SECOND, SECOND_URL } from "./instances";
import { ADMIN, signIn } from "./staff";

const relay = (state: "up" | "down") => fetch(`http://127.0.0.1:${SECOND.controlPort}/${state}`, { method: "POST" });

test.afterEach(async () => {
  await relay("up"); // never leave the second instance cut off for the next test
});

/** Renames an institution through the staff form of the instance at `base`. */
async function rename(page: Page, base: string, from: string, to: string) {
  await page.goto(`${base}/admin/instansi`);
  await page.getByLabel("Cari nama atau nama lain").fill(from);
  await page.getByRole("link", { name: from, exact: true }).click();
  await page.getByLabel("Nama resmi").fill(to);
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Data instansi tersimpan.");
}

async function heading(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  return /<h1[^>]*>([^<]*)</.exec(await response.text())?.[1];
}

async function waitHealthy(request: APIRequestContext) {
  await expect
    .poll(async () => (await request.get(`${SECOND_URL}/api/health`)).json(), { timeout: 20_000, intervals: [250, 500, 1000] })
    .toEqual({ status: "ok", database: "ok", cacheSync: "listening" });
}

test("a write on one instance shows at once on the other's cached pages, both ways", async ({ page, request, baseURL }) => {
  const page2 = `${SECOND_URL}/instansi/kota-sabang`;
  expect(await heading(request, page2)).toBe("Kota Sabang");
  expect(await heading(request, page2)).toBe("Kota Sabang"); // now cached on the second instance
  expect((await (await request.get(`${SECOND_URL}/api/v1/institutions?q=sabang`)).json()).items[0].name).toBe("Kota Sabang");

  await signIn(page, ADMIN);
  await rename(page, baseURL!, "Kota Sabang", "Kota Sabang (dua instans)");
  expect(await heading(request, page2)).toBe("Kota Sabang (dua instans)");
  expect((await (await request.get(`${SECOND_URL}/api/v1/institutions?q=sabang`)).json()).items[0].name).toBe("Kota Sabang (dua instans)");

  // The other way: the same session works on both (one database, one secret).
  expect(await heading(request, `${baseURL}/instansi/kota-sabang`)).toBe("Kota Sabang (dua instans)");
  await rename(page, SECOND_URL, "Kota Sabang (dua instans)", "Kota Sabang");
  expect(await heading(request, `${baseURL}/instansi/kota-sabang`)).toBe("Kota Sabang");
});

test("with its database gone an instance serves its cached pages and says degraded, then recovers and catches up", async ({ page, request, baseURL }) => {
  await waitHealthy(request);
  await signIn(page, ADMIN);
  await rename(page, SECOND_URL, "Kota Sabang", "Kota Sabang (sebelum gangguan)");
  for (const path of ["/", "/instansi", "/instansi/kota-pekalongan", "/instansi/kota-sabang", "/metodologi"]) {
    expect((await request.get(`${SECOND_URL}${path}`)).status()).toBe(200);
  }
  // The write marks its tags stale once more 1.5 s and 5 s after it (lib/cache/expire.ts),
  // so by now the pages just stored would be rendered afresh by their next reader.
  await page.waitForTimeout(5500);
  await relay("down");

  const health = await request.get(`${SECOND_URL}/api/health`);
  expect(health.status()).toBe(503);
  expect(await health.json()).toMatchObject({ status: "degraded", database: "down" });
  // Whole pages, data included: a page that cannot be rendered afresh is served as it
  // was stored rather than as an error.
  for (const [path, data] of [
    ["/", 'id="national"'],
    ["/instansi", 'data-testid="result-count"'],
    ["/instansi/kota-pekalongan", "Sangat Baik"],
    ["/metodologi", 'id="schemes"'],
  ]) {
    const response = await request.get(`${SECOND_URL}${path}`);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toContain(data);
  }
  expect(await heading(request, `${SECOND_URL}/instansi/kota-pekalongan`)).toBe("Kota Pekalongan");

  expect(await heading(request, `${SECOND_URL}/instansi/kota-sabang`)).toBe("Kota Sabang (sebelum gangguan)");

  // Meanwhile the first instance, still connected, changes a page the second has cached.
  await rename(page, baseURL!, "Kota Sabang (sebelum gangguan)", "Kota Sabang (selama gangguan)");

  await relay("up");
  await waitHealthy(request); // no restart: the pool reconnects and the cache sync catches up
  expect(await heading(request, `${SECOND_URL}/instansi/kota-sabang`)).toBe("Kota Sabang (selama gangguan)");
  await rename(page, baseURL!, "Kota Sabang (selama gangguan)", "Kota Sabang");
  expect(await heading(request, `${SECOND_URL}/instansi/kota-sabang`)).toBe("Kota Sabang");
});

type ImportMessage = { done?: number; total?: number; result?: { created?: number }; error?: string };

/** A CSV of new draft results for every institution, year after year from `fromYear`, up to `max` rows. */
async function draftResults(db: pg.Client, fromYear: number, max: number) {
  const items = (
    await db.query<{ name: string; type: string; province: string | null }>(
      `SELECT i.name, i.type, p.name AS province FROM "Institution" i LEFT JOIN "Province" p ON p.code = i."provinceCode" ORDER BY i.name`,
    )
  ).rows;
  const lines = [IMPORT_HEADER];
  for (let year = fromYear; lines.length <= max; year++) {
    const score = schemeForYear([MERIT_2019, MERIT_2026], year)!.code === MERIT_2019.code ? 300 : 1.2;
    for (const i of items) lines.push(resultRow(i, year, score, `https://contoh.example/${year}`));
  }
  return lines.slice(0, max + 1);
}

/** Commits `lines` as drafts on the second instance, as the signed-in page's user. */
async function postImport(page: Page, lines: string[], fileName: string) {
  const cookie = (await page.context().cookies(SECOND_URL)).map((c) => `${c.name}=${c.value}`).join("; ");
  const form = new FormData();
  form.set("file", new Blob([lines.join("\n")], { type: "text/csv" }), fileName);
  form.set("mode", "all");
  form.set("publish", "0");
  return fetch(`${SECOND_URL}/api/admin/import/commit`, { method: "POST", body: form, headers: { cookie, origin: SECOND_URL } });
}

test("the database going away during an import writes nothing and says so", async ({ page, request }) => {
  test.setTimeout(90_000);
  await waitHealthy(request);
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  const counts = async () => (await db.query(`SELECT (SELECT count(*) FROM "Evaluation") e, (SELECT count(*) FROM "Source") s, (SELECT count(*) FROM "AuditEntry") a`)).rows[0];
  try {
    // About 5 000 new results (drafts, so no public page would change if they landed):
    // the commit writes them in chunks of 1 000 inside one transaction.
    const lines = await draftResults(db, 2027, 5000);
    const before = await counts();

    await signIn(page, ADMIN);
    const response = await postImport(page, lines, "gangguan.csv");
    expect(response.status).toBe(200);

    const messages: ImportMessage[] = [];
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    let cut = false;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let nl;
      while ((nl = buffer.indexOf("\n")) >= 0) {
        const message = JSON.parse(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
        messages.push(message);
        if (!cut && message.done && message.done < message.total) {
          cut = true; // part of the rows are written inside the open transaction
          await relay("down");
        }
      }
    }
    expect(cut, JSON.stringify(messages.slice(-3))).toBe(true);
    expect(messages.at(-1)).toEqual({ error: "Impor gagal karena kesalahan sistem; tidak ada data yang ditulis. Coba lagi nanti." });
    expect(await counts()).toEqual(before);

    await relay("up");
    await waitHealthy(request);
  } finally {
    await db.end();
  }
});

test("an import whose reader goes away still writes it whole", async ({ page, request }) => {
  test.setTimeout(90_000);
  await waitHealthy(request);
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  const drafts = async () => Number((await db.query(`SELECT count(*) FROM "Evaluation" WHERE year >= 2040`)).rows[0].count);
  try {
    const lines = await draftResults(db, 2040, 2500);
    expect(await drafts()).toBe(0);
    await signIn(page, ADMIN);
    const response = await postImport(page, lines, "pergi.csv");
    expect(response.status).toBe(200);
    // Read the first progress line, then leave, as a closed browser tab would.
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let first = "";
    while (!first.includes("\n")) first += (await reader.read()).value ?? "";
    const progress: ImportMessage = JSON.parse(first.slice(0, first.indexOf("\n")));
    expect(progress.done).toBeLessThan(progress.total!);
    await reader.cancel();

    // The transaction runs to its end: every row, not none and not part.
    await expect.poll(drafts, { timeout: 60_000, intervals: [500, 1000] }).toBe(lines.length - 1);
    const batches = await db.query(`SELECT DISTINCT "batchId" FROM "AuditEntry" WHERE "entityId" IN (SELECT id FROM "Evaluation" WHERE year >= 2040)`);
    expect(batches.rowCount).toBe(1);
  } finally {
    // The audit trail is append-only: its entries of these rows stay, as in production.
    await db.query(`DELETE FROM "Source" WHERE "evaluationId" IN (SELECT id FROM "Evaluation" WHERE year >= 2040)`);
    await db.query(`DELETE FROM "Evaluation" WHERE year >= 2040`);
    await db.end();
  }
});
