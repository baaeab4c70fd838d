// The readiness journey: the editor of Kota Pekalongan prepares its next evaluation (2027,
// under the 2026 scheme), proves an indicator with a PDF, watches the aspect's figure move
// and prints the report; another institution's editor and anonymous visitors get none of it.
import { expect, request as playwrightRequest, test, type Page } from "@playwright/test";
import { expectAccessible } from "./fixtures";
import { ADMIN, EDITOR, replaceGivenPassword, signIn } from "./staff";

test.describe.configure({ mode: "serial" });

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const ASPECT = "Perencanaan kebutuhan dan standar jabatan";
const INDICATOR = "Peta jabatan, Anjab dan ABK mutakhir";
const WORKSPACE = "/admin/persiapan/kota-pekalongan/2027";

const shared = { fileUrl: "", uploadUrl: "", saveUrl: "", saveHeaders: {} as Record<string, string>, saveBody: "" };

// Next keeps the page navigated away from in the DOM, hidden: only what is shown counts.
const aspectRow = (page: Page, name: string) =>
  page
    .getByRole("row")
    .filter({ visible: true })
    .filter({ has: page.getByRole("rowheader", { name, exact: true }) })
    .first();
const overall = (page: Page) => page.getByTestId("overall-ready").filter({ visible: true });

test("the editor of Kota Pekalongan prepares 2027: template, a PDF, a ready indicator, the printed report", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  await signIn(page, EDITOR);
  await page.getByRole("navigation", { name: "Menu staf" }).getByRole("link", { name: "Persiapan" }).click();
  await expect(page.getByRole("heading", { name: "Kota Pekalongan · penilaian 2027" })).toBeVisible();
  await expect(page.getByText("Skema Indeks Sistem Merit 2026")).toBeVisible();
  await expect(page.getByRole("rowheader")).toHaveCount(8);
  await expect(aspectRow(page, ASPECT).getByTestId("aspect-ready")).toHaveText("0%");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Mulai dari templat nasional" }).click();
  await expect(page).toHaveURL(new RegExp(`${WORKSPACE}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Kota Pekalongan · persiapan 2027" })).toBeVisible();
  const card = page.getByRole("article").filter({ has: page.getByRole("heading", { name: INDICATOR }) });
  await expect(card).toBeVisible();

  // A renamed web page is refused by its content, whatever its name says.
  await card.getByLabel(/Unggah berkas/).setInputFiles({ name: "bukan-pdf.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html><script>alert(1)</script>") });
  await expect(card.getByRole("alert")).toContainText("Isi berkas bukan jenis yang diterima");

  const [upload] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.url().includes("/api/admin/evidence-files")),
    card.getByLabel(/Unggah berkas/).setInputFiles({ name: "peta-jabatan.pdf", mimeType: "application/pdf", buffer: PDF }),
  ]);
  shared.uploadUrl = upload.url();
  const evidence = card.getByRole("link", { name: "peta-jabatan.pdf" });
  await expect(evidence).toBeVisible();
  shared.fileUrl = new URL((await evidence.getAttribute("href"))!, baseURL).toString();
  const download = await page.request.get(shared.fileUrl);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expect(Buffer.from(await download.body()).equals(PDF)).toBe(true);

  const row = aspectRow(page, ASPECT);
  await expect(row.getByTestId("aspect-ready")).toHaveText("0%");
  await expect(overall(page)).toHaveText("0%");
  await card.getByLabel("Status").selectOption("siap");
  await card.getByLabel(/Nilai mandiri/).fill("4");
  const [save] = await Promise.all([page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]), card.getByRole("button", { name: "Simpan" }).click()]);
  await expect(row.getByTestId("aspect-ready")).toHaveText("33%");
  await expect(card.getByRole("status")).toHaveText("Indikator tersimpan.");
  shared.saveUrl = save.url();
  shared.saveHeaders = save.headers();
  shared.saveBody = save.postData()!;
  await expect(overall(page)).not.toHaveText("0%");
  await expectAccessible(page);

  const csv = await page.request.get("/api/admin/readiness-export?institution=kota-pekalongan&year=2027");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(`"${INDICATOR}",siap,4,4,`);

  // Still there after a reload: the figures come from the database too.
  await page.reload();
  await expect(aspectRow(page, ASPECT).getByTestId("aspect-ready")).toHaveText("33%");

  // On a phone: nothing wider than the screen, the controls still there.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(card.getByLabel("Status")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("link", { name: "Laporan kesiapan (cetak)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Laporan kesiapan penilaian sistem merit 2027" })).toBeVisible();
  await expect(aspectRow(page, ASPECT).getByTestId("aspect-ready")).toHaveText("33%");
  await expect(page.getByRole("cell", { name: "peta-jabatan.pdf" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Menu staf" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(6);
  // A4 is 595 × 842 points.
  expect(pdf.toString("latin1")).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+595(\.\d+)?\s+841\.\d+|\/MediaBox\s*\[\s*0\s+0\s+595(\.\d+)?\s+842/);

  const anonymous = await playwrightRequest.newContext({ baseURL });
  expect((await anonymous.get(shared.fileUrl)).status()).toBe(401);
  expect((await anonymous.get("/api/admin/readiness-export?institution=kota-pekalongan&year=2027")).status()).toBe(401);
  const anonymousPage = await anonymous.get(WORKSPACE);
  // The page streams, so the way to the sign-in page is in the answer, not its status.
  const anonymousHtml = await anonymousPage.text();
  expect(anonymousHtml).toContain("/admin/masuk?lanjut=");
  expect(anonymousHtml).not.toContain(INDICATOR);
  expect(anonymousHtml).not.toContain("peta-jabatan.pdf");
  await anonymous.dispose();
});

test("the editor follows up a recommendation, adds an indicator of its own and comments", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, EDITOR);
  await page.goto(WORKSPACE);
  // The charts: aspects against their maximum, and the projection on the trajectory.
  const charts = page.getByRole("region", { name: "Grafik kesiapan" });
  await expect(charts.getByTestId("readiness-aspect-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(charts.getByTestId("readiness-trajectory-chart").locator("svg.recharts-surface").first()).toBeVisible();
  await expect(charts.getByRole("listitem").filter({ hasText: /^proyeksi$/ })).toBeVisible();
  const tasks = page.getByRole("region", { name: /Tindak lanjut rekomendasi/ });
  await tasks.getByText("Tambah rekomendasi").click();
  // Nothing written, and a clear word, for an empty recommendation.
  await tasks.getByRole("button", { name: "Tambah tugas" }).click();
  await expect(tasks.getByRole("alert")).toHaveText("Tulis rekomendasinya.");
  await tasks.getByLabel("Rekomendasi").fill("Mutakhirkan peta jabatan setelah perubahan SOTK.");
  await tasks.getByLabel("Status tugas").selectOption("proses");
  await tasks.getByLabel("Tenggat tugas").fill("2027-03-31");
  await tasks.getByRole("checkbox", { name: new RegExp(INDICATOR) }).check();
  await tasks.getByRole("button", { name: "Tambah tugas" }).click();
  const task = tasks.getByRole("listitem").filter({ hasText: "Mutakhirkan peta jabatan" });
  await expect(task).toContainText("Status: Proses");
  await expect(task).toContainText(`Indikator: ${INDICATOR}`);
  await expect(task.getByRole("button", { name: /^Ubah/ })).toBeVisible();
  const csv = await page.request.get("/api/admin/readiness-export?institution=kota-pekalongan&year=2027&what=tasks");
  expect(await csv.text()).toContain(`Mutakhirkan peta jabatan setelah perubahan SOTK.,proses,,2027-03-31,"${INDICATOR}"`);

  const aspect = page.getByRole("region", { name: ASPECT, exact: true });
  await aspect.getByText("Tambah indikator sendiri").click();
  await aspect.getByLabel("Judul indikator").fill("Survei kepuasan pegawai internal");
  await aspect.getByLabel("Nilai maksimum").fill("2");
  await aspect.getByRole("button", { name: "Tambah indikator" }).click();
  const own = aspect.getByRole("article").filter({ has: page.getByRole("heading", { name: /Survei kepuasan pegawai internal/ }) });
  await expect(own).toBeVisible();
  await expect(aspectRow(page, ASPECT).getByTestId("aspect-ready")).toHaveText("25%");
  await expect(aspectRow(page, ASPECT)).toContainText("(1/4)");

  const card = page.getByRole("article").filter({ has: page.getByRole("heading", { name: INDICATOR }) });
  await card.getByLabel("Tulis komentar").fill("Peta jabatan sudah ditandatangani.");
  await card.getByRole("button", { name: "Kirim" }).click();
  await expect(card.getByText("Peta jabatan sudah ditandatangani.")).toBeVisible();
  await page.reload();
  await expect(card.getByText("Peta jabatan sudah ditandatangani.")).toBeVisible();
  await expect(page.getByRole("region", { name: /Tindak lanjut rekomendasi/ }).getByText("Mutakhirkan peta jabatan setelah perubahan SOTK.", { exact: true })).toBeVisible();
  await expectAccessible(page);

  // Out of reach or out of range: a real 404, decided before the page streams.
  for (const path of [
    "/admin/persiapan/tidak-ada-instansi/2027",
    "/admin/persiapan/kota-pekalongan/1990",
    "/admin/persiapan/kota-pekalongan/20x7",
    `/admin/persiapan/kota-pekalongan/2031/laporan`,
  ]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  expect((await page.request.get(WORKSPACE)).status()).toBe(200);
});

test("another institution's editor sees, downloads and changes none of it", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  await signIn(page, ADMIN);
  await page.goto("/admin/akun");
  await page.getByLabel("Nama").fill("Sri Wahyuni");
  await page.getByLabel("Email").fill("sri.wahyuni@batangkab.go.id");
  await page.getByLabel("Kata sandi awal").fill("sandi-awal-batang-2");
  await page.getByLabel("Cari instansi").fill("Kabupaten Batang");
  await page.getByRole("checkbox", { name: "Kabupaten Batang", exact: true }).check();
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Akun dibuat.");

  const other = await (await browser.newContext()).newPage();
  await signIn(other, { email: "sri.wahyuni@batangkab.go.id", password: "sandi-awal-batang-2", name: "Sri Wahyuni" });
  await replaceGivenPassword(other, "sandi-awal-batang-2", "teh-poci-di-alun-alun-batang");

  await other.goto("/admin/persiapan");
  await expect(other.getByRole("heading", { name: /^Kabupaten Batang · penilaian/ })).toBeVisible();
  await expect(other.getByText("Kota Pekalongan")).toHaveCount(0);
  for (const path of [WORKSPACE, `${WORKSPACE}/laporan`]) {
    await other.goto(path);
    await expect(other.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
    await expect(other.getByText(INDICATOR)).toHaveCount(0);
    const answer = await other.request.get(path);
    expect(answer.status()).toBe(404);
    const direct = await answer.text();
    expect(direct).not.toContain(INDICATOR);
    expect(direct).not.toContain("peta-jabatan.pdf");
  }
  expect((await other.request.get("/api/admin/readiness-export?institution=kota-pekalongan&year=2027")).status()).toBe(404);
  const file = await other.request.get(shared.fileUrl);
  expect(file.status()).toBe(404);
  expect(await file.text()).not.toContain("%PDF");

  const upload = await other.request.post(shared.uploadUrl, { headers: { origin: baseURL!, "content-type": "application/octet-stream", "x-file-name": "x.pdf" }, data: PDF });
  expect(upload.status()).toBe(403);

  // The editor's own save, replayed with this editor's session: refused, nothing changed.
  const replay = await other.request.post(shared.saveUrl, {
    headers: { "next-action": shared.saveHeaders["next-action"], "content-type": shared.saveHeaders["content-type"], accept: "text/x-component", origin: baseURL! },
    data: shared.saveBody.replace(/"status":"siap"/, '"status":"belum"').replace(/"version":\d+/, '"version":2'),
  });
  expect(await replay.text()).toContain("tidak berwenang");
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const asNobody = await anonymous.post(shared.saveUrl, {
    headers: { "next-action": shared.saveHeaders["next-action"], "content-type": shared.saveHeaders["content-type"], accept: "text/x-component", origin: baseURL! },
    data: shared.saveBody,
  });
  expect(await asNobody.text()).toContain("belum masuk");
  await anonymous.dispose();

  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, EDITOR);
  await owner.goto(WORKSPACE);
  await expect(aspectRow(owner, ASPECT).getByTestId("aspect-ready")).toHaveText("25%");
});

test("the head of the institution reads and comments only; the editor carries the workspace over to a later year", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  await signIn(page, ADMIN);
  await page.goto("/admin/akun");
  await page.getByLabel("Nama").fill("Afzan Arslan Djunaid");
  await page.getByLabel("Email").fill("wali.kota@pekalongankota.go.id");
  await page.getByLabel("Kata sandi awal").fill("sandi-awal-pimpinan-9");
  await page.getByLabel("Peran").selectOption("head");
  await page.getByLabel("Cari instansi").fill("Kota Pekalongan");
  await page.getByRole("checkbox", { name: "Kota Pekalongan", exact: true }).check();
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Akun dibuat.");

  const head = await (await browser.newContext()).newPage();
  await signIn(head, { email: "wali.kota@pekalongankota.go.id", password: "sandi-awal-pimpinan-9", name: "Afzan Arslan Djunaid" });
  await replaceGivenPassword(head, "sandi-awal-pimpinan-9", "batik-jlamprang-megah-2027");
  await head.goto("/admin/persiapan");
  await expect(head.getByRole("heading", { name: "Kota Pekalongan · penilaian 2027" })).toBeVisible();
  await expect(head.getByRole("button", { name: "Mulai" })).toHaveCount(0);
  await head.goto(WORKSPACE);
  const card = head.getByRole("article").filter({ has: head.getByRole("heading", { name: INDICATOR }) });
  await expect(card.getByLabel("Status")).toBeDisabled();
  await expect(card.getByRole("button", { name: "Simpan" })).toHaveCount(0);
  await expect(card.getByLabel(/Unggah berkas/)).toHaveCount(0);
  await expect(head.getByText("Tambah rekomendasi")).toHaveCount(0);
  expect((await head.request.get(shared.fileUrl)).status()).toBe(200);
  await card.getByLabel("Tulis komentar").fill("Setuju, segera ajukan ke KASN.");
  await card.getByRole("button", { name: "Kirim" }).click();
  await expect(card.getByText("Setuju, segera ajukan ke KASN.")).toBeVisible();
  // The editor's save, replayed with the head's session: refused by the one wrapper.
  const replay = await head.request.post(shared.saveUrl, {
    headers: { "next-action": shared.saveHeaders["next-action"], "content-type": shared.saveHeaders["content-type"], accept: "text/x-component", origin: baseURL! },
    data: shared.saveBody.replace(/"status":"siap"/, '"status":"belum"'),
  });
  expect(await replay.text()).toContain("hanya dapat membaca");

  // Carry-over: evidence gathered in 2026 is outside the two-year window of 2029.
  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, EDITOR);
  await editor.goto("/admin/persiapan");
  const plan = editor.getByRole("region", { name: "Kota Pekalongan · penilaian 2027" });
  await plan.getByLabel("Mulai untuk tahun lain").fill("2029");
  await plan.getByLabel("Sumber").selectOption("previous");
  await plan.getByRole("button", { name: "Mulai", exact: true }).click();
  await expect(editor).toHaveURL(/\/admin\/persiapan\/kota-pekalongan\/2029$/);
  const copied = editor.getByRole("article").filter({ has: editor.getByRole("heading", { name: INDICATOR }) });
  await expect(copied.getByRole("link", { name: "peta-jabatan.pdf" })).toBeVisible();
  await expect(copied.getByText("periksa ulang")).toBeVisible();
  await expect(copied.getByLabel("Status")).toHaveValue("proses");
  await expect(editor.getByRole("article").filter({ has: editor.getByRole("heading", { name: /Survei kepuasan pegawai internal/ }) })).toBeVisible();
});

test("an admin maintains the national template; an editor may not", async ({ page, browser }) => {
  test.setTimeout(60_000);
  await signIn(page, ADMIN);
  await page.goto("/admin/persiapan");
  await page.getByRole("link", { name: "Templat nasional indikator" }).click();
  await page.getByRole("link", { name: "Indeks Sistem Merit 2026" }).click();
  const aspect = page.getByRole("region", { name: ASPECT });
  await expect(aspect.getByRole("listitem").filter({ hasText: INDICATOR })).toBeVisible();
  await aspect.locator("summary", { hasText: "Tambah indikator" }).click();
  await aspect.getByLabel("Judul indikator").fill("Standar kompetensi jabatan ditetapkan");
  await aspect.getByLabel("Nilai maksimum").fill("0");
  await aspect.getByRole("button", { name: "Tambah indikator templat" }).click();
  await expect(aspect.getByRole("alert")).toHaveText("Nilai maksimum harus angka lebih dari 0.");
  await aspect.getByLabel("Nilai maksimum").fill("3");
  await aspect.getByLabel("Panduan (bukti yang diharapkan)").fill("Bukti: keputusan standar kompetensi.");
  await aspect.getByRole("button", { name: "Tambah indikator templat" }).click();
  const added = aspect.getByRole("listitem").filter({ hasText: "Standar kompetensi jabatan ditetapkan" });
  await expect(added).toContainText("maksimum 3");
  await added.getByRole("button", { name: /^Ubah/ }).click();
  // While edited, the item holds a form (the title is an input's value, not text).
  const editing = aspect.getByRole("listitem").filter({ has: page.getByRole("button", { name: "Simpan indikator" }) });
  await editing.getByLabel("Nilai maksimum").fill("2,5");
  await editing.getByRole("button", { name: "Simpan indikator" }).click();
  await expect(added).toContainText("maksimum 2,5");
  await page.reload();
  await expect(page.getByRole("region", { name: ASPECT }).getByRole("listitem").filter({ hasText: "Standar kompetensi jabatan ditetapkan" })).toContainText("maksimum 2,5");
  await page.getByRole("region", { name: ASPECT }).getByRole("button", { name: "Hapus Standar kompetensi jabatan ditetapkan" }).click();
  await expect(page.getByRole("region", { name: ASPECT }).getByText("Standar kompetensi jabatan ditetapkan")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("region", { name: ASPECT }).getByText("Standar kompetensi jabatan ditetapkan")).toHaveCount(0);

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, EDITOR);
  await editor.goto("/admin/persiapan/templat/merit-2026");
  await expect(editor.getByRole("alert").filter({ hasText: "Hanya admin" })).toBeVisible();
  await expect(editor.getByText(INDICATOR)).toHaveCount(0);
});
