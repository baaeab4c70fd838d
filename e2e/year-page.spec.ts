import { expect, test } from "@playwright/test";
import { demoRows, expectAccessible } from "./fixtures";

test("a year page's counts match the data", async ({ page, request }) => {
  await page.goto("/tahun/2022");
  await expect(page.getByRole("heading", { level: 1, name: "Hasil tahun 2022" })).toBeVisible();
  const rows = demoRows().filter((r) => r.year === "2022");
  const counts = page.getByTestId("year-counts");
  for (const [code, name] of [
    ["sangat-baik", "Sangat Baik"],
    ["baik", "Baik"],
    ["kurang", "Kurang"],
    ["buruk", "Buruk"],
  ]) {
    const expected = rows.filter((r) => r.category === name).length;
    await expect(counts.locator(`tr[data-category="${code}"] td`)).toHaveText(String(expected));
  }
  await expect(page.getByText("8 Desember 2022 di Jakarta")).toBeVisible();
  await expect(page.getByRole("table", { name: "Hasil yang tercatat" }).locator("tbody tr")).toHaveCount(rows.length);
  await expectAccessible(page);

  const api = await (await request.get("/api/v1/years/2022")).json();
  expect(api.results).toHaveLength(rows.length);
  expect(api.counts.find((c: { categoryCode: string }) => c.categoryCode === "buruk").count).toBe(1);
  expect([api.page, api.perPage, api.resultsTotal]).toEqual([1, 25, rows.length]);

  // A page at a time: the pages together hold every result once, in order.
  const per = 3;
  const pages = [];
  for (let hal = 1; hal <= Math.ceil(rows.length / per); hal++) {
    const part = await (await request.get(`/api/v1/years/2022?per=${per}&hal=${hal}`)).json();
    expect([part.page, part.pageCount, part.resultsTotal]).toEqual([hal, Math.ceil(rows.length / per), rows.length]);
    expect(part.counts).toEqual(api.counts);
    pages.push(...part.results);
  }
  expect(pages).toEqual(api.results);
  const csv = await (await request.get("/api/v1/years/2022?format=csv&per=1")).text();
  expect(csv.trim().split("\n")).toHaveLength(rows.length + 1); // the CSV is the whole year
});

test("a not-evaluated year lists the biennial skip", async ({ page }) => {
  await page.goto("/tahun/2024");
  await expect(page.getByRole("heading", { name: "Tidak dievaluasi tahun ini" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Kota Pekalongan" })).toContainText("siklus dua tahunan");
});

test("the year list reaches the current scheme's years, linked", async ({ page }) => {
  await page.goto("/tahun/2023");
  const years = page.getByRole("navigation", { name: "Tahun lain" });
  await expect(years.getByRole("link", { name: "2019" })).toBeVisible();
  await years.getByRole("link", { name: "2026" }).click();
  await expect(page).toHaveURL(/\/tahun\/2026$/);
  await expect(page.getByRole("heading", { level: 1, name: "Hasil tahun 2026" })).toBeVisible();
  await expect(years.getByRole("link", { name: "2026" })).toHaveAttribute("aria-current", "page");
});
