import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demoRows, expectAccessible } from "./fixtures";

test("browse the index: filter, sort, search by alias, and share the URL", async ({ page }) => {
  await page.goto("/instansi");
  await expect(page.getByRole("heading", { level: 1, name: "Instansi" })).toBeVisible();
  const withResults = new Set(demoRows().map((r) => r.institution_name)).size;
  await expect(page.getByTestId("result-count")).toHaveText(`${withResults} instansi`);
  await expectAccessible(page);

  await page.getByLabel("Jenis", { exact: true }).selectOption("kota");
  await page.getByLabel("Provinsi", { exact: true }).selectOption({ label: "Jawa Tengah" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/jenis=kota/);
  await expect(page).toHaveURL(/provinsi=33/);
  const table = page.getByRole("table");
  await expect(table.locator("tbody tr")).toHaveCount(3);
  await expect(table).toContainText("Kota Pekalongan");
  await expect(table).toContainText("Kota Surakarta");
  await expect(table).not.toContainText("Kabupaten Pekalongan");

  await page.getByLabel("Urutkan", { exact: true }).selectOption("score");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(table.locator("tbody tr").first()).toContainText("Kota Magelang");

  // The URL holds the whole state: a reload shows the same view.
  const url = page.url();
  await page.goto(url);
  await expect(page.getByLabel("Jenis", { exact: true })).toHaveValue("kota");
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(3);

  await page.goto("/instansi?q=Pemkot+Pekalongan");
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(1);
  await page.getByRole("link", { name: "Kota Pekalongan" }).click();
  await expect(page).toHaveURL(/\/instansi\/kota-pekalongan$/);
});

test("filter by year and category matches the data", async ({ page }) => {
  await page.goto("/instansi?tahun=2021&kategori=kurang");
  const expected = demoRows()
    .filter((r) => r.year === "2021" && r.category === "Kurang")
    .map((r) => r.institution_name);
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(expected.length);
  for (const name of expected) await expect(page.getByRole("table")).toContainText(name);
});

test("download the filtered table as CSV", async ({ page }) => {
  await page.goto("/instansi?jenis=provinsi");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
  const text = (await download.createReadStream()).toArray();
  const csv = Buffer.concat(await text)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toBe("slug,name,type,province,year,category,score,change_score,change_from_year,round");
  const provinces = new Set(
    demoRows()
      .filter((r) => r.institution_type === "provinsi")
      .map((r) => r.institution_name),
  );
  expect(lines).toHaveLength(provinces.size + 1);
  expect(lines).toContain("provinsi-jawa-timur,Provinsi Jawa Timur,provinsi,Jawa Timur,2024,Sangat Baik,383,51,2021,2024-kemenpanrb-bkn-2024-12-19");
});

test("home shows the national picture, movers and the latest ceremony", async ({ page }) => {
  await page.goto("/");
  // Drawn on the server, one stacked bar per year of the table; the interactive chart on intent.
  const chart = page.getByTestId("national-chart");
  await expect(chart).toHaveAttribute("data-chart", "static");
  await expect(chart.locator("g[data-year]")).toHaveCount(await page.getByTestId("national-table").locator("tbody tr").count());
  await expect(chart.locator('g[data-year="2021"] title').first()).toContainText("2021 · ");
  await chart.hover();
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  // Its tooltip is checked for contrast with the rest of the page below.
  await chart.locator(".recharts-bar-rectangle").last().hover();
  await expect(chart.locator(".recharts-tooltip-wrapper")).toContainText("Baik");
  const rows = demoRows();
  const in2021 = rows.filter((r) => r.year === "2021").length;
  await expect(page.getByTestId("national-table").locator("tr", { hasText: "2021" })).toContainText(String(in2021));
  await expect(page.getByTestId("movers")).toContainText("Kota Pekalongan");
  await expect(page.getByText("19 Desember 2024 di Jakarta")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("searchbox", { name: /Cari instansi/ }).fill("pekalongan");
  await page.getByRole("button", { name: "Cari" }).click();
  await expect(page).toHaveURL(/\/instansi\?q=pekalongan/);
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(2);
});

test("institution page: peer rank, downloads and accessibility", async ({ page }) => {
  await page.goto("/instansi/kota-pekalongan");
  // Two cities share first place: one other, not "with 2 institutions".
  await expect(page.getByTestId("peer-ranks")).toContainText("Di antara instansi sejenis, 2025: peringkat 1 (seri dengan 1 kota lain) dari 2 kota secara nasional");
  // The results table scrolls sideways on a phone, with its title above it, whole.
  await page.setViewportSize({ width: 390, height: 800 });
  const title = page.getByRole("heading", { name: "Hasil evaluasi Sistem Merit Kota Pekalongan" });
  const box = page.getByRole("region", { name: "Hasil evaluasi Sistem Merit Kota Pekalongan" });
  const [titleBox, regionBox] = [await title.boundingBox(), await box.boundingBox()];
  expect(titleBox!.x + titleBox!.width).toBeLessThanOrEqual(regionBox!.x + regionBox!.width);
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).backgroundImage.includes("gradient"))).toBe(true);
  await expect(page.getByText(/Perubahan dibanding evaluasi sebelumnya/)).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByTestId("trajectory-chart")).toHaveAttribute("data-chart", "static");
  await expectAccessible(page);
  // A download fetches the interactive chart first and saves what it drew.
  const [svg] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Grafik SVG" }).click()]);
  expect(svg.suggestedFilename()).toBe("kota-pekalongan.svg");
  const svgText = Buffer.concat(await (await svg.createReadStream()).toArray()).toString("utf8");
  expect(svgText).toContain("<svg");
  expect(svgText).toContain("Sangat Baik");
  const [png] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Grafik PNG" }).click()]);
  const pngBytes = Buffer.concat(await (await png.createReadStream()).toArray());
  expect(pngBytes.subarray(1, 4).toString()).toBe("PNG");
});

test("methodology and data pages", async ({ page }) => {
  await page.goto("/metodologi");
  await expect(page.getByRole("heading", { level: 1, name: "Metodologi" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Sistem Merit 2019–2025/ })).toContainText("250,0 – 324,5");
  // Every band on the scheme's own step, the top one closed at the scale's maximum.
  const bands2026 = page.getByRole("table", { name: /Indeks Sistem Merit 2026/ });
  await expect(bands2026).toContainText("0,000 – 0,409");
  await expect(bands2026).toContainText("0,810 – 1,000");
  await expect(bands2026).toContainText("1,001 – 1,500");
  await expect(page.getByText("Berlaku 2019–2025. Skala 0–400, kelipatan 0,5.")).toBeVisible();
  // Five visible badges: none of them white on the white card.
  const badges = bands2026.locator(".badge");
  await expect(badges).toHaveCount(5);
  for (const bg of await badges.evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor))) expect(bg).not.toBe("rgb(247, 247, 247)");
  await expect(page.getByText(/dievaluasi kembali 2 tahun kemudian/)).toBeVisible();
  await expect(page.getByText("ODbL").first()).toBeVisible();
  await expectAccessible(page);
  await page.goto("/data");
  await expect(page.getByRole("link", { name: /GET \/api\/v1\/institutions\/kota-pekalongan/ })).toBeVisible();
  await expect(page.getByLabel("TypeScript")).toContainText('components["schemas"]["ResultPage"]');
  await expect(page.getByLabel("Python")).toContainText("class ResultPage(TypedDict)");
  await expectAccessible(page);
  // On a phone an address breaks between its parts, never inside a word.
  await page.setViewportSize({ width: 360, height: 800 });
  const link = page.getByRole("link", { name: /institutions\?jenis=kota/ });
  expect(await link.evaluate((a) => getComputedStyle(a).wordBreak)).not.toBe("break-all");
  expect(await link.evaluate((a) => a.scrollWidth <= a.closest("dl")!.clientWidth)).toBe(true);
  // The document rendered for people, from this server, with no script of another site.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole("link", { name: /Dokumentasi API/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dokumentasi API" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "GET /api/v1/institutions/{slug}" })).toBeVisible();
  await expect(page.locator("#schema-ResultPage")).toContainText("categoryCounts");
  await expect(page.locator("script[src]:not([src^='/'])")).toHaveCount(0);
  await expectAccessible(page);
});

test("unknown addresses get the site's not-found page in their language, with a 404", async ({ page }) => {
  for (const [path, lang, title, nav] of [
    ["/tidak-ada", "id", "Halaman tidak ditemukan", "Instansi"],
    ["/en/nope", "en", "Page not found", "Institutions"],
    ["/tahun/sembilan/lagi", "id", "Halaman tidak ditemukan", "Instansi"],
  ]) {
    const response = await page.goto(path);
    expect(response!.status(), path).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page).toHaveTitle(`${title} · Jejak Merit`);
    await expect(page.getByRole("banner").getByRole("link", { name: nav, exact: true })).toBeVisible();
    await expectAccessible(page);
  }
});

test("the focus ring is 2 px with an offset", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab"); // the skip link
  await page.keyboard.press("Tab");
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return [s.outlineStyle, s.outlineWidth, s.outlineOffset];
  });
  expect(ring).toEqual(["solid", "2px", "2px"]);
});

test("the internal addresses of cached views are never public", async ({ request }) => {
  for (const [internal, target] of [
    ["/instansi/daftar/semua", "/instansi"],
    ["/en/instansi/daftar/amVuaXM9a290YQ", "/en/instansi"],
    ["/bandingkan/semua", "/bandingkan"],
    ["/en/bandingkan/aT1rb3RhLXBla2Fsb25nYW4", "/en/bandingkan"],
    ["/id/instansi/daftar/semua", "/instansi/daftar/semua"],
    // Former internal addresses (before decision 020) answer as they did.
    ["/tampil/indeks/semua", "/instansi"],
    ["/en/tampil/indeks/amVuaXM9a290YQ", "/en/instansi"],
    ["/tampil/bandingkan/semua", "/bandingkan"],
    ["/en/tampil/bandingkan/semua", "/en/bandingkan"],
    ["/beranda/nasional", "/"],
    ["/metodologi/lengkap", "/metodologi"],
    ["/en/metodologi/lengkap", "/en/metodologi"],
    ["/id/tampil/indeks/semua", "/tampil/indeks/semua"],
  ]) {
    const response = await request.get(internal, { maxRedirects: 0 });
    expect(response.status(), internal).toBe(308);
    expect(response.headers().location, internal).toBe(target);
  }
  // Through the public address, the same view is served.
  const page = await request.get("/en/instansi?jenis=kota");
  expect(page.status()).toBe(200);
  const html = await page.text();
  expect(html).toContain("Kota Pekalongan");
  expect(html).not.toContain("Kabupaten Pekalongan");
  // The index's view folder has no page of its own: that address is an institution's.
  const institution = await request.get("/instansi/daftar", { maxRedirects: 0 });
  expect(institution.status()).toBe(404);
});

test("the build renders no home or methodology page: each language's is rendered on its first visit", async () => {
  // The home and methodology pages have only the language as a parameter; their one static
  // parameter is a placeholder (lib/static-params.ts), so no real language is prerendered
  // from whatever database the build could see. Should Next stop honouring a page's own
  // static params over its layout's, this fails instead of the build quietly reading data.
  const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, "..", ".next", "prerender-manifest.json"), "utf8")) as { routes: Record<string, unknown> };
  const built = Object.keys(manifest.routes);
  for (const locale of ["id", "en"]) {
    expect(built).not.toContain(`/${locale}`);
    expect(built).not.toContain(`/${locale}/metodologi`);
  }
  expect(built).toEqual(expect.arrayContaining(["/__shell__", "/__shell__/metodologi", "/id/instansi/daftar/__shell__", "/id/bandingkan/__shell__"]));
});

test("every public page is served whole from the cache, in both languages", async ({ request }) => {
  for (const path of [
    "/",
    "/en",
    "/instansi",
    "/en/instansi?jenis=kota",
    "/bandingkan?i=kota-pekalongan,kota-malang",
    "/instansi/kota-pekalongan",
    "/tahun/2023",
    "/metodologi",
    "/en/metodologi",
    "/data",
  ]) {
    await request.get(path); // the first visit stores it
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toMatch(/s-maxage=\d+/);
    expect(response.headers()["x-nextjs-cache"] ?? "", path).toMatch(/HIT|STALE/);
    // Stored complete: no loading placeholder that a script would swap for the content later.
    expect(await response.text(), path).not.toContain('<template id="B:');
  }
});

test("links prefetch their page when reached for, not while the page loads", async ({ page }) => {
  const prefetched: string[] = [];
  page.on("request", (r) => r.headers()["rsc"] && prefetched.push(new URL(r.url()).pathname));
  await page.goto("/instansi/kota-pekalongan");
  await page.waitForLoadState("networkidle");
  expect(prefetched).toEqual([]);
  await page.getByRole("navigation").getByRole("link", { name: "Metodologi" }).hover();
  await expect.poll(() => prefetched).toContain("/metodologi");
  await page.getByRole("navigation").getByRole("link", { name: "Metodologi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Metodologi");
});
