// Passing a page on: social cards, the embeddable chart on another site, the Atom feeds,
// oEmbed and the printed report card.
import { createServer, type Server } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./fixtures";
import { PORT } from "./instances";
import { ADMIN, addDraft, signIn } from "./staff";

const SITE = `http://127.0.0.1:${PORT}`;
// Another origin: a site that embeds our chart, served by the test itself. A real server on
// loopback (localhost, not 127.0.0.1): Chromium refuses to let a page it did not load from
// the local network frame a local address.
const OTHER_PORT = PORT + 19;
const OTHER = `http://localhost:${OTHER_PORT}`;
const articleHtml = `<!DOCTYPE html><html lang="id"><title>Berita</title><h1>Berita daerah</h1>
  <iframe id="embed" src="${SITE}/embed/instansi/kota-pekalongan" title="Grafik" width="720" height="480"></iframe>
  <iframe id="page" src="${SITE}/instansi/kota-pekalongan" title="Halaman"></iframe>`;
let otherSite: Server;

test.beforeAll(async () => {
  otherSite = createServer((_, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(articleHtml));
  await new Promise<void>((resolve) => otherSite.listen(OTHER_PORT, "127.0.0.1", resolve));
});
test.afterAll(() => new Promise<void>((resolve) => otherSite.close(() => resolve())));

/** Width and height from a PNG's header. */
function pngSize(body: Buffer) {
  expect(body.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

const meta = (page: Page, name: string) => page.locator(`meta[property="${name}"], meta[name="${name}"]`).first().getAttribute("content");

for (const path of ["/instansi/kota-pekalongan", "/en/instansi/kota-pekalongan", "/tahun/2023", "/bandingkan?i=kota-pekalongan,perpustakaan-nasional-republik-indonesia"]) {
  test(`${path} is shared with its own 1200×630 card and complete tags`, async ({ page, request }) => {
    await page.goto(path);
    for (const name of ["og:title", "og:description", "og:url", "og:site_name", "og:locale", "og:type", "og:image:alt", "twitter:card", "twitter:title", "twitter:image"]) {
      expect(await meta(page, name), name).toBeTruthy();
    }
    expect(await meta(page, "twitter:card")).toBe("summary_large_image");
    const image = await meta(page, "og:image");
    expect(image).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/og\//);
    const res = await request.get(image!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
  });
}

test("the embedded chart shows on another site, light and without site chrome, while pages refuse to be framed", async ({ page }) => {
  const scripts: number[] = [];
  page.on("response", async (res) => {
    if (res.request().resourceType() === "script" && res.frame() !== page.mainFrame()) scripts.push((await res.body()).length);
  });
  await page.goto(`${OTHER}/artikel`);
  const embed = page.frameLocator("#embed");
  await expect(embed.getByRole("heading", { name: "Rekam jejak Sistem Merit Kota Pekalongan" })).toBeVisible();
  await expect(embed.getByTestId("trajectory-chart")).toBeVisible();
  await expect(embed.getByTestId("chart-text")).toContainText("2025");
  await expect(embed.getByRole("link", { name: /Lihat rekam jejak lengkap/ })).toHaveAttribute("href", `${SITE}/instansi/kota-pekalongan`);
  // No header, navigation or footer of the site.
  await expect(embed.getByRole("navigation")).toHaveCount(0);
  await expect(embed.locator("script")).toHaveCount(0);
  // ≤ 20 KiB of JavaScript before interaction: it has none.
  expect(scripts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(20 * 1024);
  // The ordinary page stays unframable (X-Frame-Options DENY, frame-ancestors 'none').
  const framed = page.frames().find((f) => f !== page.mainFrame() && !f.url().includes("/embed/"));
  await expect.poll(() => framed?.url()).toMatch(/^chrome-error:/);
});

test("embeds answer with their own framing policy; the comparison embed draws every series", async ({ request, page }) => {
  const res = await request.get("/embed/bandingkan?i=kota-pekalongan,perpustakaan-nasional-republik-indonesia&lang=en");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(res.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(res.headers()["x-frame-options"]).toBeUndefined();
  expect((await request.get("/embed/instansi/tidak-ada")).status()).toBe(404);
  await page.goto("/embed/bandingkan?i=kota-pekalongan,perpustakaan-nasional-republik-indonesia&lang=en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("listitem")).toHaveCount(2);
  await expectAccessible(page);
  await page.goto("/embed/instansi/kota-pekalongan");
  await expectAccessible(page);
});

test("oEmbed describes the institution's embed and refuses other sites", async ({ request }) => {
  const res = await request.get(`/api/oembed?format=json&url=${encodeURIComponent(`${SITE}/en/instansi/kota-pekalongan`)}&maxwidth=500`);
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ version: "1.0", type: "rich", provider_name: "Jejak Merit", width: 500 });
  expect(body.html).toContain(`src="${SITE}/embed/instansi/kota-pekalongan?lang=en"`);
  expect((await request.get(`/api/oembed?url=${encodeURIComponent("https://elsewhere.example/instansi/kota-pekalongan")}`)).status()).toBe(404);
  expect((await request.get(`/api/oembed?format=xml&url=${encodeURIComponent(`${SITE}/instansi/kota-pekalongan`)}`)).status()).toBe(501);
});

/** The feed at `path`, checked as Atom by the browser's own XML parser; returns its entries. */
async function atomEntries(page: Page, path: string) {
  const res = await page.request.get(path);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await res.text();
  await page.goto("/robots.txt");
  return page.evaluate((text) => {
    const ATOM = "http://www.w3.org/2005/Atom";
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.getElementsByTagName("parsererror").length) throw new Error("not well-formed XML");
    const feed = doc.documentElement;
    const child = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ATOM && c.localName === name);
    const one = (el: Element, name: string) => {
      const found = child(el, name);
      if (found.length !== 1) throw new Error(`${el.localName} needs exactly one ${name}, has ${found.length}`);
      return found[0].textContent ?? "";
    };
    const date = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
    if (feed.namespaceURI !== ATOM || feed.localName !== "feed") throw new Error("root is not an Atom feed");
    const head = { id: one(feed, "id"), title: one(feed, "title"), updated: one(feed, "updated"), lang: feed.getAttribute("xml:lang") };
    if (!date.test(head.updated)) throw new Error(`feed updated ${head.updated}`);
    if (!child(feed, "author").length) throw new Error("feed without author");
    const links = child(feed, "link").map((l) => l.getAttribute("rel"));
    if (!links.includes("self") || !links.includes("alternate")) throw new Error("feed links");
    const entries = child(feed, "entry").map((e) => ({
      id: one(e, "id"),
      title: one(e, "title"),
      updated: one(e, "updated"),
      link:
        child(e, "link")
          .find((l) => l.getAttribute("rel") === "alternate")
          ?.getAttribute("href") ?? "",
    }));
    for (const e of entries) if (!date.test(e.updated) || !e.link || !new URL(e.id)) throw new Error(`entry ${e.id}`);
    if (new Set(entries.map((e) => e.id)).size !== entries.length) throw new Error("entry ids repeat");
    return { head, entries };
  }, xml);
}

test("the Atom feeds validate, are linked from the pages and list a newly published result first; its card follows", async ({ page }) => {
  test.slow(); // publishes a result through the staff workspace, then takes it back
  const before = await atomEntries(page, "/feed.xml");
  expect(before.head.lang).toBe("id");
  expect(before.entries.length).toBeGreaterThan(0);
  const sorted = [...before.entries].sort((a, b) => b.updated.localeCompare(a.updated));
  expect(before.entries).toEqual(sorted);
  expect(before.head.updated).toBe(before.entries[0].updated);

  await page.goto("/instansi/kota-pekalongan");
  const feeds = await page.locator('link[rel="alternate"][type="application/atom+xml"]').evaluateAll((ls) => ls.map((l) => l.getAttribute("href")));
  expect(feeds).toEqual([`${SITE}/feed/instansi/kota-pekalongan.xml`, `${SITE}/feed/provinsi/jawa-tengah.xml`, `${SITE}/feed.xml`]);
  for (const href of feeds) await atomEntries(page, href!);
  const english = await atomEntries(page, "/feed/instansi/kota-pekalongan.xml?lang=en");
  expect(english.head.lang).toBe("en");
  expect(english.entries.every((e) => e.link.startsWith(`${SITE}/en/instansi/kota-pekalongan`))).toBe(true);

  await page.goto("/instansi?provinsi=33");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute("href", `${SITE}/feed/provinsi/jawa-tengah.xml`);
  const cardBefore = await (await page.request.get("/og/instansi/kota-semarang.png")).body();

  await signIn(page, ADMIN);
  const id = await addDraft(page, { institution: "Kota Semarang", year: "2023", score: "301,5", sourceUrl: "https://example.org/merit-semarang-2023" });
  await page.goto(`/admin/evaluasi/${id}`);
  await page.getByRole("button", { name: "Terbitkan" }).click();
  await expect(page.getByTestId("publication")).toHaveText("Terbit");
  try {
    for (const path of ["/feed.xml", "/feed/provinsi/jawa-tengah.xml", "/feed/instansi/kota-semarang.xml"]) {
      const { entries } = await atomEntries(page, path);
      expect(entries[0]).toMatchObject({ id: `${SITE}/instansi/kota-semarang#2023-kasn-2023-12-07`, link: `${SITE}/instansi/kota-semarang` });
      expect(entries[0].title).toMatch(/^Kota Semarang 2023: .*\(301,5\)$/);
    }
    // The card, cached under the institution's tag, is drawn again with the new result.
    const cardAfter = await (await page.request.get("/og/instansi/kota-semarang.png")).body();
    expect(cardAfter.equals(cardBefore)).toBe(false);
  } finally {
    await page.goto(`/admin/evaluasi/${id}`);
    await page.getByRole("button", { name: "Hapus", exact: true }).click();
    await page.getByRole("button", { name: "Ya, hapus penilaian ini" }).click();
    await expect(page).toHaveURL(/\/admin\/evaluasi$/);
  }
});

test("the institution page offers its embed code and prints as a one-page A4 report card", async ({ page }) => {
  await page.goto("/instansi/kota-pekalongan");
  await expect(page.getByLabel("Kode sematan")).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/instansi\/kota-pekalongan" /);
  await expect(page.getByRole("button", { name: "Cetak rapor (A4)" })).toBeVisible();
  await expect(page.getByTestId("report-address")).toBeHidden();
  await expectAccessible(page);

  await page.emulateMedia({ media: "print" });
  const card = page.getByTestId("report-address");
  await expect(card).toBeVisible();
  await expect(card).toContainText(`${SITE}/instansi/kota-pekalongan`);
  await expect(card.getByRole("img", { name: `Kode QR menuju ${SITE}/instansi/kota-pekalongan` })).toBeVisible();
  await expect(page.getByRole("navigation")).toBeHidden();
  await expect(page.getByRole("table").first()).toBeVisible();
  await expect(page.getByTestId("peer-ranks")).toBeVisible();
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? [];
  expect(pages).toHaveLength(1);
});
