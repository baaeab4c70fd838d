// An admin defines a scheme in the browser: closes the provisional 2026 index, drafts the
// next one with its bands and components (told per field what is wrong first), activates
// it, enters a result under it, and the institution's public page draws that result in the
// new scheme's own bands behind a scheme break. Editors never reach the scheme editor.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./fixtures";
import { ADMIN, EDITOR, addDraft, signIn, signOut } from "./staff";

const row = (page: Page, legend: string, n: number) => page.getByRole("group", { name: `${legend} ${n}` });

async function fillRow(page: Page, legend: string, n: number, cells: Record<string, string>) {
  for (const [label, value] of Object.entries(cells)) await row(page, legend, n).getByLabel(label, { exact: true }).fill(value);
}

test("an admin creates and activates a scheme, and a result under it shows with its own bands and a scheme break", async ({ page }) => {
  test.slow(); // a whole journey: two schemes, a result, the public pages
  await signIn(page, ADMIN);
  await page.getByRole("navigation", { name: "Menu staf" }).getByRole("link", { name: "Skema" }).click();
  await expect(page).toHaveURL(/\/admin\/skema$/);
  await expect(page.getByRole("table")).toContainText("Dasar, Lanjutan, Menengah, Tinggi, Maju (sementara)");
  await expectAccessible(page);

  // The 2026 index is open-ended: it must end before the next scheme can begin.
  await page.getByRole("link", { name: "Indeks Sistem Merit 2026" }).click();
  await expect(page.locator("form[data-hydrated]")).toBeVisible();
  await page.getByLabel("Berlaku sampai tahun").fill("2026");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Perubahan skema tersimpan.");

  await page.goto("/admin/skema/baru");
  await expect(page.locator("form[data-hydrated]")).toBeVisible();
  await page.getByLabel("Kode skema").fill("ism-2027");
  await page.getByLabel("Nama skema").fill("Indeks Sistem Merit 2027");
  await page.getByLabel("Nama dalam bahasa Inggris").fill("Merit system index 2027");
  await page.getByLabel("Berlaku mulai tahun").fill("2027");
  await page.getByLabel("Nilai maksimum skala").fill("1,5");
  await page.getByLabel("Kelipatan nilai").fill("0,001");
  const categories = "Kategori, dari yang terendah";
  await fillRow(page, categories, 1, { Kode: "dasar", Nama: "Dasar", "Nama (Inggris)": "Basic" });
  await page.getByRole("button", { name: "Tambah kategori" }).click();
  await fillRow(page, categories, 2, { Kode: "menengah", Nama: "Menengah", "Nama (Inggris)": "Intermediate", "Batas bawah": "0" });
  await page.getByRole("button", { name: "Tambah kategori" }).click();
  await fillRow(page, categories, 3, { Kode: "maju", Nama: "Maju", "Nama (Inggris)": "Advanced", "Batas bawah": "1,001", "Dievaluasi ulang setelah (tahun)": "2" });
  const components = "Komponen nilai";
  await page.getByRole("button", { name: "Tambah komponen" }).click();
  await fillRow(page, components, 1, { Kode: "kematangan", Nama: "Kematangan", "Nama (Inggris)": "Maturity", "Bobot (%)": "75" });
  await page.getByRole("button", { name: "Tambah komponen" }).click();
  await fillRow(page, components, 2, {
    Kode: "kepuasan-keterikatan",
    Nama: "Kepuasan dan keterikatan pegawai",
    "Nama (Inggris)": "Employee satisfaction and engagement",
    "Bobot (%)": "20",
  });
  await page.getByRole("button", { name: "Tambah komponen" }).click();
  await fillRow(page, components, 3, { Kode: "koreksi-pelanggaran", Nama: "Koreksi pelanggaran", "Nama (Inggris)": "Violation correction" });
  await row(page, components, 3).getByLabel("Dikurangkan (koreksi, tanpa bobot)").check();
  await page.getByRole("button", { name: "Simpan sebagai draf" }).click();

  // Refused beside the fields at fault, and what was typed stays.
  await expect(row(page, categories, 2).getByText("Batas bawah Menengah (0) harus di atas batas bawah Dasar (0).")).toBeVisible();
  await expect(page.getByText("Bobot komponen berjumlah 95 %, seharusnya 100 %.")).toBeVisible();
  await expect(page.getByLabel("Nama skema")).toHaveValue("Indeks Sistem Merit 2027");
  await expectAccessible(page);
  await row(page, categories, 2).getByLabel("Batas bawah").fill("0,61");
  await row(page, components, 2).getByLabel("Bobot (%)").fill("25");
  await page.getByRole("button", { name: "Simpan sebagai draf" }).click();
  await expect(page).toHaveURL(/\/admin\/skema\/ism-2027$/);
  await expect(page.getByTestId("scheme-status")).toHaveText("Draf");
  await expect(page.getByTestId("history-entry").first()).toContainText("Skema dibuat (draf)");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Aktifkan skema" }).click();
  await expect(page.getByTestId("scheme-status")).toHaveText("Aktif");
  await expect(page.getByRole("button", { name: "Aktifkan skema" })).toHaveCount(0);

  // A result under the new scheme, through the evaluation form, published.
  await addDraft(page, { institution: "Kota Pekalongan", year: "2027", score: "1,2", sourceUrl: "https://example.org/berita/indeks-merit-2027" });
  await page.getByRole("button", { name: "Terbitkan" }).click();
  await expect(page.getByTestId("publication")).toHaveText("Terbit");

  await page.goto("/instansi/kota-pekalongan");
  const results = page.getByRole("table", { name: /Kota Pekalongan/ });
  await expect(results.locator('tr[data-year="2027"]')).toContainText("Maju");
  await expect(results.locator('tr[data-year="2027"]')).toContainText("1,2");
  // Drawn on the server in the new scheme's bands, official ones, behind a scheme break.
  const chart = page.getByTestId("trajectory-chart").first();
  for (const band of ["Dasar", "Menengah", "Maju"]) await expect(chart.locator("text", { hasText: new RegExp(`^${band}$`) })).toHaveCount(1);
  await expect(chart.locator("text", { hasText: "Sangat Baik" })).toHaveCount(0);
  await expect(chart.locator("text", { hasText: /^Skema baru$/ })).toHaveCount(1);
  await expect(page.getByTestId("provisional-bands")).toHaveCount(0);

  // The methodology lists the new scheme with its components; the 2026 bands stay provisional.
  await page.goto("/metodologi");
  await expect(page.getByRole("table", { name: /Indeks Sistem Merit 2026 \(sementara\)/ })).toBeVisible();
  await expect(page.getByTestId("provisional-merit-2026")).toBeVisible();
  await expect(page.getByRole("table", { name: "Pita kategori skema Indeks Sistem Merit 2027" })).toContainText("1,001 – 1,500");
  const scheme2027 = page.getByRole("region", { name: "Indeks Sistem Merit 2027" });
  await expect(scheme2027.getByText("Kepuasan dan keterikatan pegawai: 25 %")).toBeVisible();
  await expect(scheme2027.getByText("Koreksi pelanggaran: dikurangkan")).toBeVisible();
  await expect(scheme2027.getByText(/sementara/)).toHaveCount(0);
});

test("two admins edit the same scheme: the second save is refused and can take over the saved values", async ({ browser }) => {
  const [first, second] = await Promise.all([browser.newPage(), browser.newPage()]);
  for (const page of [first, second]) {
    await signIn(page, ADMIN);
    await page.goto("/admin/skema/merit-2019");
    await expect(page.locator("form[data-hydrated]")).toBeVisible();
  }
  await first.getByLabel("Keterangan").fill("Skala 0–400; catatan dari admin pertama.");
  await first.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(first.locator("main").getByRole("status")).toHaveText("Perubahan skema tersimpan.");

  await second.getByLabel("Keterangan").fill("Catatan dari admin kedua.");
  await second.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(second.locator("main").getByRole("alert")).toContainText("telah diubah orang lain");
  await second.getByRole("button", { name: "Muat nilai terbaru ke formulir" }).click();
  await expect(second.getByLabel("Keterangan")).toHaveValue("Skala 0–400; catatan dari admin pertama.");
  await second.getByLabel("Keterangan").fill("Catatan dari admin kedua, setelah membaca yang pertama.");
  await second.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(second.locator("main").getByRole("status")).toHaveText("Perubahan skema tersimpan.");
  await expect(second.getByTestId("history-entry").first()).toContainText("Skema diubah");
  await Promise.all([first.close(), second.close()]);
});

test("an editor finds no scheme editor and no menu entry", async ({ page }) => {
  await signIn(page, EDITOR);
  await expect(page.getByRole("navigation", { name: "Menu staf" }).getByRole("link", { name: "Skema" })).toHaveCount(0);
  await page.goto("/admin/skema/baru");
  await expect(page.locator("main").getByRole("alert")).toHaveText("Hanya admin yang dapat menambah skema penilaian.");
  await signOut(page);
});
