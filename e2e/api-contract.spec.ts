// The open-data API keeps its contract: every documented route, called with
// representative parameters (and a not-found, a bad parameter and a renamed slug), answers
// with a status its OpenAPI document lists, and a body that the document's schema for that
// status accepts (Ajv, JSON Schema draft 2020-12) — checked against the served document.
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { ADMIN, signIn } from "./staff";
import { PUBLIC_CACHE_CONTROL } from "../lib/public/freshness";

type Doc = { paths: Record<string, { get: { responses: Record<string, { content?: Record<string, { schema: object }> }> } }>; components: object };

let doc: Doc;
let ajv: Ajv2020;
const validators = new Map<string, ValidateFunction>();

test.beforeAll(async ({ request }) => {
  const res = await request.get("/api/v1/openapi.json");
  expect(res.status()).toBe(200);
  doc = await res.json();
  ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addKeyword("components");
  ajv.addSchema({ $id: "openapi", components: doc.components });
});

/** Checks a response against the document: its status is listed for the path, its JSON body matches that status's schema. */
async function expectConforms(res: APIResponse, path: string) {
  const responses = doc.paths[path].get.responses;
  const status = String(res.status());
  expect(Object.keys(responses), `${res.url()} answered ${status}`).toContain(status);
  const schema = responses[status].content?.["application/json"]?.schema;
  if (!schema || !res.headers()["content-type"]?.startsWith("application/json")) return;
  const key = `${path} ${status}`;
  if (!validators.has(key)) validators.set(key, ajv.compile({ $ref: `openapi${(schema as { $ref: string }).$ref}` }));
  const validate = validators.get(key)!;
  const body = await res.json();
  expect(validate(body) ? [] : validate.errors, `${res.url()}: body does not match its schema`).toEqual([]);
  return body;
}

const call = (request: APIRequestContext, url: string, path: string) => request.get(url, { maxRedirects: 0 }).then(async (res) => ({ res, body: await expectConforms(res, path) }));

test("every documented route answers as its document says", async ({ request }) => {
  const cases: [string, string, number][] = [
    ["/api/v1/institutions", "/api/v1/institutions", 200],
    ["/api/v1/institutions?jenis=kota&provinsi=33&tahun=2023&urut=score", "/api/v1/institutions", 200],
    ["/api/v1/institutions?type=kabupaten&sort=change&page=2&per_page=3", "/api/v1/institutions", 200],
    ["/api/v1/institutions?q=pekalongan&kategori=sangat-baik", "/api/v1/institutions", 200],
    ["/api/v1/institutions?tipe=kota", "/api/v1/institutions", 400],
    ["/api/v1/institutions?per=0", "/api/v1/institutions", 400],
    ["/api/v1/institutions/kota-pekalongan", "/api/v1/institutions/{slug}", 200],
    ["/api/v1/institutions/tidak-ada-instansi-ini", "/api/v1/institutions/{slug}", 404],
    ["/api/v1/institutions/kota-pekalongan?per=2", "/api/v1/institutions/{slug}", 400],
    ["/api/v1/years/2023", "/api/v1/years/{year}", 200],
    ["/api/v1/years/2022?hal=2&per=5", "/api/v1/years/{year}", 200],
    ["/api/v1/years/1990", "/api/v1/years/{year}", 404],
    ["/api/v1/years/2023?urut=score", "/api/v1/years/{year}", 400],
    ["/api/v1/search?q=pekalongan", "/api/v1/search", 200],
    ["/api/v1/search", "/api/v1/search", 200],
    ["/api/v1/search?query=pekalongan", "/api/v1/search", 400],
    ["/api/health", "/api/health", 200],
  ];
  for (const [url, path, status] of cases) {
    const { res } = await call(request, url, path);
    expect(res.status(), url).toBe(status);
  }
});

test("an English parameter filters like its Indonesian name, and a guessed one is refused by name", async ({ request }) => {
  const { body: cities } = await call(request, "/api/v1/institutions?type=kota&per_page=1000", "/api/v1/institutions");
  expect(cities.items.length).toBeGreaterThan(3);
  expect(new Set(cities.items.map((i: { type: string }) => i.type))).toEqual(new Set(["kota"]));
  const { body: same } = await call(request, "/api/v1/institutions?jenis=kota&per=1000", "/api/v1/institutions");
  expect(same).toEqual(cities);

  const { res, body } = await call(request, "/api/v1/institutions?tipe=kota", "/api/v1/institutions");
  expect(res.status()).toBe(400);
  expect(body).toMatchObject({ error: "unknown_parameter", parameter: "tipe" });
  expect(body.accepted).toEqual(expect.arrayContaining(["jenis", "type", "per_page"]));
  expect(res.headers()["cache-control"]).toBe("no-store");
});

test("reads carry validators and answer conditional requests with 304", async ({ request }) => {
  for (const url of [
    "/api/v1/institutions?jenis=kota",
    "/api/v1/institutions/kota-pekalongan",
    "/api/v1/years/2023",
    "/api/v1/search?q=malang",
    "/api/v1/institutions/kota-pekalongan?format=csv",
  ]) {
    const first = await request.get(url);
    expect(first.status(), url).toBe(200);
    const { etag, "last-modified": lastModified, "cache-control": cacheControl } = first.headers();
    expect(etag, url).toMatch(/^W\/".+"$/);
    expect(Date.parse(lastModified), url).not.toBeNaN();
    expect(cacheControl, url).toBe(PUBLIC_CACHE_CONTROL);
    const byTag = await request.get(url, { headers: { "If-None-Match": etag } });
    expect(byTag.status(), url).toBe(304);
    expect(await byTag.body()).toHaveLength(0);
    const byDate = await request.get(url, { headers: { "If-Modified-Since": lastModified } });
    expect(byDate.status(), url).toBe(304);
    const changed = await request.get(url, { headers: { "If-None-Match": 'W/"something-else"' } });
    expect(changed.status(), url).toBe(200);
  }
});

test("a renamed institution's old slug answers 301 to its address on PUBLIC_URL", async ({ page, request, baseURL }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/instansi");
  await page.getByLabel("Cari nama atau nama lain").fill("Kabupaten Aceh Singkil");
  await page.getByRole("link", { name: "Kabupaten Aceh Singkil" }).click();
  await page.getByLabel("Slug alamat halaman").fill("kab-aceh-singkil");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Data instansi tersimpan.");

  const { res } = await call(request, "/api/v1/institutions/kabupaten-aceh-singkil?format=json", "/api/v1/institutions/{slug}");
  expect(res.status()).toBe(301);
  expect(res.headers().location).toBe(`${baseURL}/api/v1/institutions/kab-aceh-singkil?format=json`);
  await call(request, "/api/v1/institutions/kab-aceh-singkil", "/api/v1/institutions/{slug}");
});
