// What an anonymous client can make the server do outside the staff workspace: run no
// server action (every cached read has an action id, listed in the build's manifest), and
// send no text that is not a slug into an institution page's cache or log.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";

type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };
const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, "..", ".next", "server", "server-reference-manifest.json"), "utf8")) as Manifest;
const cacheIds = Object.entries(manifest.node)
  .filter(([, entry]) => entry.exportedName?.startsWith("$$RSC_SERVER_CACHE"))
  .map(([id, entry]) => ({ id, file: entry.filename }));

// 1 MB of text: just under Next's own limit on an action's body (1 MiB), so Next would take it.
const text = "a".repeat(1_000_000);
const shapes = { "a search text or slug": [text], "index filters": [{ q: text }] };

const postAction = (request: APIRequestContext, url: string, id: string, args: unknown[]) =>
  request.post(url, {
    headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
    data: JSON.stringify(args),
    failOnStatusCode: false,
  });

const timed = async <T>(run: () => Promise<T>) => {
  const start = Date.now();
  const value = await run();
  return { value, ms: Date.now() - start };
};

test("every cached read's action id, posted anonymously with a 1 MB argument, is refused while health keeps answering", async ({ request }) => {
  test.setTimeout(120_000);
  // Every cached read of the public pages has its id in the manifest: the test covers them all.
  expect(cacheIds.filter((c) => c.file === "lib/queries/public.ts").length).toBeGreaterThanOrEqual(8);
  // A public page, the home page, and a page reached as a route's [locale] ("api").
  const pages = ["/instansi/kota-pekalongan", "/", "/api/instansi/kota-pekalongan"];
  const healthTimes: number[] = [];
  for (const { id } of cacheIds) {
    for (const [shape, args] of Object.entries(shapes)) {
      for (const url of pages) {
        const [call, health] = await Promise.all([
          postAction(request, url, id, args),
          new Promise((resolve) => setTimeout(resolve, 20)).then(() => timed(() => request.get("/api/health"))),
        ]);
        expect(call.status(), `${id} (${shape}) at ${url}`).toBe(403);
        expect(await call.text()).toBe("Server actions are accepted only in the staff workspace.\n");
        expect(health.value.status()).toBe(200);
        healthTimes.push(health.ms);
      }
    }
  }
  test.info().annotations.push({ type: "/api/health during the calls (ms)", description: `max ${Math.max(...healthTimes)}, of ${healthTimes.length}` });
});

test("a cached read's id is not run through a form post either", async ({ request }) => {
  const { id } = cacheIds[0];
  // Without JavaScript, a form names its action in a field, and Next runs that too.
  const multipart = await request.post("/instansi/kota-pekalongan", { multipart: { [`$ACTION_ID_${id}`]: "", q: text }, failOnStatusCode: false });
  expect(multipart.status()).toBe(403);
  const urlencoded = await request.post("/", { form: { [`$ACTION_ID_${id}`]: "" }, failOnStatusCode: false });
  expect(urlencoded.status()).toBe(403);
});

test("text that cannot be a slug gets a 404 before any cached read, and is never echoed", async ({ request, page }) => {
  const junk = ["a".repeat(300), "kota%0Aforged%20line", "Kota-Pekalongan", "kota--pekalongan", "%E2%80%AEkota"];
  for (const segment of junk) {
    for (const prefix of ["/instansi/", "/en/instansi/"]) {
      const res = await request.get(prefix + segment, { failOnStatusCode: false });
      expect(res.status(), prefix + segment).toBe(404);
      expect(await res.text()).not.toContain("forged");
    }
    const api = await request.get(`/api/v1/institutions/${segment}`, { failOnStatusCode: false });
    expect(api.status()).toBe(404);
    expect(await api.json()).toEqual({ error: "not_found", message: "Not an institution slug." });
  }
  // The site's own 404 page, in the visitor's language.
  await page.goto("/instansi/kota%0Aforged");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
  await page.goto("/en/instansi/" + "a".repeat(300));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  // Real slugs, and the index and compare views the proxy also serves, are untouched.
  expect((await request.get("/instansi/kota-pekalongan")).status()).toBe(200);
  expect((await request.get("/api/v1/institutions/kota-pekalongan")).status()).toBe(200);
  await page.goto("/instansi?q=pekalongan");
  await expect(page.getByRole("link", { name: "Kota Pekalongan", exact: true })).toBeVisible();
});
