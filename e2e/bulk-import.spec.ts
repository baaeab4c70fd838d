// A national administrator loads a spreadsheet with good and bad rows: reads the preview,
// is refused all-or-nothing, imports the valid rows, sees them on the public pages, and
// takes the whole batch back.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./fixtures";
import { ADMIN, signIn } from "./staff";

const FILE = [
  "nama_instansi;jenis;provinsi;tahun;predikat;nilai;sumber",
  "Kabupaten Batang;kabupaten;Jawa Tengah;2020;Baik;260,5;https://example.org/batang-2020",
  "Kabupaten Kendal;kabupaten;Jawa Tengah;2020;Kurang;190;https://example.org/kendal-2020",
  "Kota Pekalongn;kota;Jawa Tengah;2020;Baik;260;",
  "Kabupaten Demak;kabupaten;Jawa Tengah;2020;Sangat Buruk;100;",
].join("\n");

async function choose(page: Page, name: string, text: string) {
  await expect(page.getByLabel("Berkas CSV atau XLSX (paling besar 5 MB)")).toBeEnabled();
  await page.getByLabel("Berkas CSV atau XLSX (paling besar 5 MB)").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
}

test("import the valid rows of a mixed file, see them on the public pages, then revert the batch", async ({ page }) => {
  test.slow(); // a whole journey: preview, refusal, import, public pages, revert, accessibility checks
  const reader = await page.context().newPage();
  const batang2020 = async () => {
    await reader.goto("/instansi/kabupaten-batang");
    return reader.getByRole("table", { name: /Kabupaten Batang/ }).locator('tr[data-year="2020"]');
  };
  await signIn(page, ADMIN);
  await page.goto("/admin/impor");
  await choose(page, "hasil-2020.csv", FILE);
  const summary = page.getByTestId("import-summary");
  await expect(summary).toContainText("Jumlah baris: 4");
  await expect(summary).toContainText("Baru: 2");
  await expect(summary).toContainText("Kesalahan: 2");
  await expect(page.locator("tr[data-kind=error]").filter({ hasText: "Kota Pekalongan" })).toHaveCount(1); // suggested
  // An unknown name is shown as the file wrote it, not as a dash.
  await expect(page.locator("tr[data-kind=error]").filter({ hasText: "Mungkin maksud Anda: Kota Pekalongan" }).locator("td").nth(1)).toHaveText("Kota Pekalongn (belum dikenali)");
  // Nothing goes public unless the admin says so.
  await expect(page.getByLabel("Terbitkan langsung")).not.toBeChecked();
  await expect(page.locator("tr[data-kind=error]").filter({ hasText: "Sangat Buruk" })).toHaveCount(1);
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Unduh laporan kesalahan (CSV)" }).click()]);
  const report = readFileSync(await download.path(), "utf8");
  expect(report).toContain("kesalahan");
  expect(report).toContain("Kota Pekalongn");
  expect(report).not.toContain("Kabupaten Batang");

  await page.getByRole("button", { name: "Impor", exact: true }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("2 baris masih bermasalah");
  await expect(await batang2020()).toHaveCount(0);

  await page.getByLabel("Impor hanya baris yang valid (2 baris)").check();
  await page.getByLabel("Terbitkan langsung").check();
  await page.getByRole("button", { name: "Impor", exact: true }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Impor selesai: 2 baru, 0 diperbarui, 2 dilewati.");
  const row = await batang2020();
  await expect(row).toContainText("260,5");
  await reader.goto("/tahun/2020");
  await expect(reader.getByRole("link", { name: "Kabupaten Kendal" })).toBeVisible();

  await page.getByRole("button", { name: "Batalkan impor ini" }).click();
  await expect(page.locator("main").getByRole("status").last()).toHaveText("Impor dibatalkan: 2 penilaian dikembalikan seperti sebelumnya.");
  // A regeneration of the page that started before the revert can store the old page once;
  // the later expiries 1.5 s and 5 s after every write bound that (lib/cache/expire.ts).
  await expect.poll(async () => (await batang2020()).count(), { timeout: 8_000, intervals: [0, 2_000] }).toBe(0);
});

test("a file that is not a spreadsheet is refused with a reason, and nothing is imported", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/impor");
  await expect(page.getByLabel("Berkas CSV atau XLSX (paling besar 5 MB)")).toBeEnabled();
  await page
    .getByLabel("Berkas CSV atau XLSX (paling besar 5 MB)")
    .setInputFiles({ name: "foto.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("Jumlah baris: 0");
  await expect(page.locator("main").getByRole("alert").first()).not.toBeEmpty();
  await expect(page.getByRole("button", { name: "Impor", exact: true })).toHaveCount(0);
});
