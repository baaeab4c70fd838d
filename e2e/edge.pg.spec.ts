// The production edge (deploy/nginx, nginx from Debian) in front of both instances on one
// PostgreSQL database: public answers are cached and keep the freshness contract, an edit
// shows through the cache, and staff pages, staff API, POSTs and signed-in requests never
// enter it nor come out of it. Measured figures (the edit's time to show, throughput):
// `npm run bench:edge`.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { startEdge, type Edge } from "../deploy/edge";
import { PUBLIC_CACHE_CONTROL } from "../lib/public/freshness";
import { EDGE_PORT, PORT, SECOND } from "./instances";
import { ADMIN, signIn } from "./staff";

let edge: Edge;
test.beforeAll(async () => {
  edge = await startEdge({ port: EDGE_PORT, apps: [`127.0.0.1:${PORT}`, `127.0.0.1:${SECOND.port}`] });
});
test.afterAll(async () => {
  await edge?.stop();
});

const xCache = (headers: Record<string, string>) => headers["x-cache"] ?? "(none)";

async function heading(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  return { name: /<h1[^>]*>([^<]*)</.exec(await response.text())?.[1], headers: response.headers() };
}

async function rename(page: Page, from: string, to: string) {
  await page.goto("/admin/instansi");
  await page.getByLabel("Cari nama atau nama lain").fill(from);
  await page.getByRole("link", { name: from, exact: true }).click();
  await page.getByLabel("Nama resmi").fill(to);
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Data instansi tersimpan.");
}

test("public pages and API answers are cached at the edge with the short shared lifetime", async ({ request }) => {
  for (const path of ["/", "/instansi/kota-langsa", "/en/metodologi", "/api/v1/institutions/kota-langsa"]) {
    await request.get(`${edge.base}${path}`);
    const response = await request.get(`${edge.base}${path}`);
    expect(response.status(), path).toBe(200);
    expect(xCache(response.headers()), path).toMatch(/HIT|UPDATING|STALE|REVALIDATED/);
    expect(response.headers()["cache-control"], path).toBe(PUBLIC_CACHE_CONTROL);
  }
});

test("an edit made on an instance shows through the edge's cached copy", async ({ page, request }) => {
  const url = `${edge.base}/instansi/kota-langsa`;
  await request.get(url);
  const cached = await heading(request, url);
  expect(cached.name).toBe("Kota Langsa");
  expect(xCache(cached.headers)).toMatch(/HIT|UPDATING|STALE/); // answered from the edge's copy

  await signIn(page, ADMIN);
  await rename(page, "Kota Langsa", "Kota Langsa (lewat edge)");
  await expect.poll(async () => (await heading(request, url)).name, { intervals: [100] }).toBe("Kota Langsa (lewat edge)");
  await rename(page, "Kota Langsa (lewat edge)", "Kota Langsa");
  await expect.poll(async () => (await heading(request, url)).name, { intervals: [100] }).toBe("Kota Langsa");
});

test("staff pages, staff API, POSTs and signed-in requests never enter the edge's cache nor come from it", async ({ page, request }) => {
  // Anonymous: the staff workspace is answered by the app each time, never stored.
  for (let i = 0; i < 2; i++) {
    const response = await request.get(`${edge.base}/admin/masuk`);
    expect(response.status()).toBe(200);
    expect(xCache(response.headers())).toBe("(none)");
    expect(response.headers()["cache-control"]).toMatch(/no-store/);
  }
  // A POST (here a server action outside /admin, which the app refuses) is never cached.
  for (let i = 0; i < 2; i++) {
    const response = await request.post(`${edge.base}/tahun/2022`, { headers: { "next-action": "0".repeat(40) }, data: "[]" });
    expect(response.status()).toBe(403);
    expect(xCache(response.headers())).not.toMatch(/HIT/);
  }

  await signIn(page, ADMIN); // on the first instance; the browser sends the cookie to the edge too (same host)
  for (const path of ["/admin", "/admin/instansi", "/api/admin/institutions?q=langsa"]) {
    for (let i = 0; i < 2; i++) {
      const response = await page.request.get(`${edge.base}${path}`);
      expect(response.status(), path).toBe(200);
      expect(xCache(response.headers()), path).toBe("(none)");
      expect(response.headers()["cache-control"], path).toMatch(/private|no-store/);
    }
  }
  // A public page asked with the session cookie bypasses the cache, and what it got is not stored:
  // the next anonymous reader of that address is the first to fill it.
  const fresh = `${edge.base}/tahun/2021?edge=${Date.now()}`;
  const signedIn = await page.request.get(fresh);
  expect(signedIn.status()).toBe(200);
  expect(xCache(signedIn.headers())).toBe("BYPASS");
  expect(signedIn.headers()["cache-control"]).toBe("private, no-store");
  const anonymous = await request.get(fresh);
  expect(xCache(anonymous.headers())).toBe("MISS");
  expect(xCache((await request.get(fresh)).headers())).toMatch(/HIT|UPDATING|STALE/);
  // And an anonymous copy in the cache is never handed to a signed-in request.
  expect(xCache((await page.request.get(fresh)).headers())).toBe("BYPASS");
});
