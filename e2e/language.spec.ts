import { expect, test } from "@playwright/test";
import { expectAccessible } from "./fixtures";

test("switch to English and back, with English words and formats", async ({ page }) => {
  await page.goto("/instansi/kota-pekalongan");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/instansi\/kota-pekalongan$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "Institutions", exact: true })).toBeVisible();
  await expect(page.locator('tr[data-year="2022"]:visible')).toContainText("264.5");
  await expect(page.locator('tr[data-year="2023"]:visible')).toContainText("7 December 2023");
  await expect(page.getByText("Next evaluation: 2027")).toBeVisible();
  await expectAccessible(page);

  for (const path of ["/en", "/en/instansi", "/en/tahun/2023", "/en/metodologi", "/en/bandingkan?i=kota-pekalongan,kota-malang"]) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    // No Indonesian interface words on English pages (category names are proper names and stay).
    await expect(page.locator("body")).not.toContainText(/Beranda|Cari instansi|Tahun lain|Jumlah per kategori|Unduh|Sumber:/);
  }

  // The switch keeps the view: the compare selection, and the index filters.
  await page.getByRole("link", { name: "Bahasa Indonesia" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page).toHaveURL(/\/bandingkan\?i=kota-pekalongan,kota-malang$/);
  await page.goto("/instansi?jenis=kota&urut=score");
  await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", "/en/instansi?jenis=kota&urut=score");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/instansi\?jenis=kota&urut=score$/);
  await expect(page.getByLabel("Type", { exact: true })).toHaveValue("kota");
  // The methodology page lives under an internal segment too; the switch names its public address.
  await page.goto("/metodologi");
  await expect(page.getByRole("link", { name: "English" })).toHaveAttribute("href", "/en/metodologi");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Methodology" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bahasa Indonesia" })).toHaveAttribute("href", "/metodologi");
});

test("cached pages hydrate without mismatches, in both languages", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  for (const path of [
    "/",
    "/instansi?jenis=kota",
    "/bandingkan?i=kota-pekalongan,kota-malang",
    "/instansi/kota-pekalongan",
    "/en/instansi?q=pekalongan",
    "/en/tahun/2023",
    "/metodologi",
    "/en/metodologi",
  ]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(errors).toEqual([]);
});

test("canonical URLs, sitemap and robots", async ({ page, request }) => {
  await page.goto("/instansi/kota-pekalongan");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/instansi\/kota-pekalongan$/);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en\/instansi\/kota-pekalongan$/);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/instansi/kota-pekalongan</loc>");
  expect(sitemap).toContain("/instansi/kabupaten-pekalongan</loc>");
  expect((sitemap.match(/<url>/g) ?? []).length).toBeGreaterThan(684);
  const explicit = await request.get("/id/instansi", { maxRedirects: 0 });
  expect(explicit.status()).toBe(308);
  expect(explicit.headers().location).toBe("/instansi");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Sitemap:");
});

test("English addresses lead to the English pages, keeping the query", async ({ page, request }) => {
  for (const [from, to] of [
    ["/en/compare?i=kota-pekalongan,kota-malang", "/en/bandingkan?i=kota-pekalongan,kota-malang"],
    ["/en/institutions?jenis=kota&urut=score", "/en/instansi?jenis=kota&urut=score"],
    ["/en/institutions/kota-pekalongan", "/en/instansi/kota-pekalongan"],
    ["/en/year/2023", "/en/tahun/2023"],
    ["/en/methodology", "/en/metodologi"],
  ]) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    // Next writes the comma of the selection as %2C; the page reads both the same.
    expect(decodeURIComponent(response.headers().location), from).toBe(to);
  }
  await page.goto("/en/compare?i=kota-pekalongan,kota-malang");
  await expect(page.getByRole("heading", { level: 1, name: "Compare institutions" })).toBeVisible();
  await expect(page.getByTestId("compare-table").filter({ visible: true }).locator("thead th")).toHaveCount(3);
  await page.goto("/en/year/2023");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("2023");
});
