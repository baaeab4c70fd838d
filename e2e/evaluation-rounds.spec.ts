// Two official announcements of one year, both kept: an admin imports BPOM's 2024 results
// from KASN (29 May 2024, score 400) and from KemenPAN-RB with BKN (19 December 2024,
// Sangat Baik), and the public page, its chart and the API show both, each with its round.
// The demo data already holds them, so the journey first deletes them through the staff
// pages and checks that they are gone.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectAccessible } from "./fixtures";
import { ADMIN, signIn } from "./staff";

const SLUG = "badan-pengawas-obat-dan-makanan";
const KASN = "2024-kasn-2024-05-29";
const BKN = "2024-kemenpanrb-bkn-2024-12-19";
const FILE = [
  "nama_instansi;jenis;tahun;predikat;nilai;penilai;tanggal;sumber",
  "Badan Pengawas Obat dan Makanan;lembaga;2024;Sangat Baik;400;KASN;29 Mei 2024;https://teropongindonesian.com/2024/05/31/menjelang-hari-jadi-ke-534-kabupaten-majalengka-raih-merit-sistem-dalam-manajeman-asn-tahun-2024-kategori-sangat-baik/",
  "Badan Pengawas Obat dan Makanan;lembaga;2024;Sangat Baik;;KemenPAN-RB/BKN;19 Desember 2024;https://makassar.tribunnews.com/2024/12/19/taruna-ikrar-bangga-bpom-ri-raih-hasil-sangat-baik-dalam-implementasi-sistem-meritokrasi-tahun-2024?page=all",
].join("\n");

type ApiEvaluation = { year: number; score: number | null; category: string | null; round: { code: string; evaluator: string; announcedOn: string | null } };
const results2024 = async (request: APIRequestContext) => {
  const answer = await request.get(`/api/v1/institutions/${SLUG}`);
  expect(answer.status()).toBe(200);
  const body = (await answer.json()) as { evaluations: ApiEvaluation[] };
  return body.evaluations.filter((e) => e.year === 2024);
};

/** Deletes the first BPOM 2024 result the staff list shows. */
async function deleteOne(page: Page) {
  await page.goto("/admin/evaluasi?q=Pengawas+Obat&year=2024");
  await page.getByRole("link", { name: "Ubah Badan Pengawas Obat dan Makanan 2024" }).first().click();
  await expect(page).toHaveURL(/\/admin\/evaluasi\/[^/?]+$/);
  await page.getByRole("button", { name: "Hapus", exact: true }).click();
  await page.getByRole("button", { name: "Ya, hapus penilaian ini" }).click();
  await expect(page).toHaveURL(/\/admin\/evaluasi$/);
}

test("importing BPOM's two 2024 results keeps both, on the public page, the chart and the API", async ({ page, request }) => {
  test.slow(); // a whole journey: two deletions, an import, the public page and the API
  await signIn(page, ADMIN);
  await deleteOne(page);
  await deleteOne(page);
  await expect.poll(async () => (await results2024(request)).length, { timeout: 8_000, intervals: [0, 2_000] }).toBe(0);

  await page.goto("/admin/impor");
  await expect(page.getByLabel("Berkas CSV atau XLSX (paling besar 5 MB)")).toBeEnabled();
  await page.getByLabel("Berkas CSV atau XLSX (paling besar 5 MB)").setInputFiles({ name: "bpom-2024.csv", mimeType: "text/csv", buffer: Buffer.from(FILE) });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByTestId("import-summary")).toContainText("Baru: 2");
  await expect(page.getByTestId("import-summary")).toContainText("Kesalahan: 0");
  // The preview says which round each row lands in.
  await expect(page.locator(`td[data-round="${KASN}"]`)).toHaveText("KASN 2024, Bandung · 29 Mei 2024");
  await expect(page.locator(`td[data-round="${BKN}"]`)).toHaveText("KemenPAN-RB dan BKN 2024, Jakarta · 19 Desember 2024");
  await expectAccessible(page);
  await page.getByLabel("Terbitkan langsung").check();
  await page.getByRole("button", { name: "Impor", exact: true }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Impor selesai: 2 baru, 0 diperbarui, 0 dilewati.");

  // The API: two results of 2024, one per round.
  await expect.poll(async () => (await results2024(request)).length, { timeout: 8_000, intervals: [0, 2_000] }).toBe(2);
  const api = await results2024(request);
  expect(api.map((e) => [e.round.code, e.round.evaluator, e.round.announcedOn, e.score, e.category])).toEqual([
    [KASN, "kasn", "2024-05-29", 400, "Sangat Baik"],
    [BKN, "kemenpanrb_bkn", "2024-12-19", null, "Sangat Baik"],
  ]);

  // The public page: a row per round with its evaluator and day, and two points on the chart.
  await page.goto(`/instansi/${SLUG}`);
  const table = page.getByRole("table", { name: /Badan Pengawas Obat dan Makanan/ });
  await expect(table.locator(`tr[data-round="${KASN}"]`)).toContainText("400");
  await expect(table.locator(`tr[data-round="${KASN}"]`)).toContainText("29 Mei 2024");
  await expect(table.locator(`tr[data-round="${KASN}"]`)).toContainText("KASN");
  await expect(table.locator(`tr[data-round="${BKN}"]`)).toContainText("19 Desember 2024");
  await expect(table.locator(`tr[data-round="${BKN}"]`)).toContainText("KemenPAN-RB dan BKN");
  const chart = page.getByTestId("trajectory-chart").filter({ visible: true }).first();
  const marks = chart.locator('[data-year="2024"][data-point]');
  await expect(marks).toHaveCount(2);
  await expect(chart.locator('[data-year="2024"][data-point="score"] title')).toHaveText("2024: KASN 2024, Bandung · 29 Mei 2024: Sangat Baik, nilai 400");
  await expect(chart.locator('[data-year="2024"][data-point="category"] title')).toContainText("KemenPAN-RB dan BKN 2024, Jakarta · 19 Desember 2024: Sangat Baik");

  // The year page groups 2024 by round, and the methodology lists both rounds with their sources.
  await page.goto("/tahun/2024");
  await expect(page.locator(`section[data-round="${KASN}"]`).getByRole("link", { name: "Badan Pengawas Obat dan Makanan" })).toBeVisible();
  await expect(page.locator(`section[data-round="${BKN}"]`).getByRole("link", { name: "Badan Pengawas Obat dan Makanan" })).toBeVisible();
  await page.goto("/metodologi");
  await expect(page.getByTestId("rounds").locator(`tr[data-round="${KASN}"]`)).toContainText("teropongindonesian.com");
  await expect(page.getByTestId("rounds").locator(`tr[data-round="${BKN}"]`)).toContainText("19 Desember 2024");
});
