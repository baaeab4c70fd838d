// Script injection through everything staff write: an account name, an institution (name,
// short name, aliases, note), an evaluation (source title, publisher, address, document
// number, sub-score, note) and an imported file. Every page and download that shows them
// must show the text as text: no script runs, no dialog opens, no href is javascript:, and
// an address that is not http(s) is refused with a reason before anything is saved.
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { ADMIN, evaluationFormReady, replaceGivenPassword, signIn, signOut } from "./staff";

const IMG = "<img src=x onerror=window.__xss=1>";
const SCRIPT = '"><script>window.__xss=1</script>';
const SVG = "<svg onload=window.__xss=1>";
const stamp = Date.now().toString(36);
const USER = { name: `Petugas ${IMG}`, email: `uji-xss-${stamp}@jejakmerit.test`, password: "sandi-uji-xss-123" };
const INSTITUTION = { name: `Kementerian Uji ${stamp} ${IMG}`, shortName: SCRIPT, slug: `uji-xss-${stamp}`, aliases: [`${SCRIPT} alias`, `${SVG} alias`], note: SVG };
// A real http(s) address may still carry markup characters: it must stay one escaped attribute.
const SOURCE = { url: `https://example.org/uji-xss?q=${SCRIPT}`, title: IMG, publisher: SCRIPT, documentRef: `SK ${SVG}` };
const YEAR = "2023";
const REFUSED_URLS = [
  "javascript:window.__xss=1",
  " JavaScript:window.__xss=1",
  "\tjavascript:window.__xss=1",
  "data:text/html,<script>window.__xss=1</script>",
  "vbscript:msgbox(1)",
];

const dialogs: string[] = [];

/** What an injection would leave behind: the flag, elements built from a payload, script links. */
async function traces(page: Page) {
  await page.waitForLoadState("load");
  return page.evaluate(() => ({
    flag: (window as unknown as { __xss?: unknown }).__xss,
    injected: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload]').length,
    scripts: [...document.scripts].filter((s) => s.text.trim() === "window.__xss=1").length,
    links: [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).protocol).filter((p) => p !== "http:" && p !== "https:"),
  }));
}

/** Nothing injected ran or was built, and no dialog opened. */
async function expectInert(page: Page, where: string) {
  expect(await traces(page), where).toEqual({ flag: undefined, injected: 0, scripts: 0, links: [] });
  expect(dialogs, where).toEqual([]);
}

async function visit(page: Page, path: string, literal: string[]) {
  await page.goto(path);
  for (const text of literal) await expect(page.locator("main"), `${path} shows ${text}`).toContainText(text);
  await expectInert(page, path);
}

test("markup typed or imported by staff is shown as text on every page and download", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  await test.step("an admin creates an account whose name is markup, and signs in as it", async () => {
    await signIn(page, ADMIN);
    await page.goto("/admin/akun");
    await page.getByLabel("Nama").fill(USER.name);
    await page.getByLabel("Email").fill(USER.email);
    await page.getByLabel("Kata sandi awal").fill(USER.password);
    await page.getByLabel("Peran").selectOption("admin");
    await page.getByRole("button", { name: "Buat akun" }).click();
    await expect(page.locator("main").getByRole("status")).toHaveText("Akun dibuat.");
    await signOut(page);
    await signIn(page, USER);
    await replaceGivenPassword(page, USER.password, "layar-terkembang-di-teluk");
    await expectInert(page, "staff header");
  });

  let institutionId = "";
  await test.step("an institution with markup in its name, short name, aliases and note", async () => {
    await page.goto("/admin/instansi/baru");
    await page.getByLabel("Nama resmi").fill(INSTITUTION.name);
    await page.getByLabel("Nama singkat").fill(INSTITUTION.shortName);
    await page.getByLabel("Jenis").selectOption("kementerian");
    await page.getByLabel("Slug alamat halaman").fill(INSTITUTION.slug);
    await page.getByLabel("Nama lain (satu per baris)").fill(INSTITUTION.aliases.join("\n"));
    await page.getByLabel("Catatan").fill(INSTITUTION.note);
    await page.getByRole("button", { name: "Tambah instansi" }).click();
    await expect(page).toHaveURL(/\/admin\/instansi\/(?!baru$)[^/]+$/);
    institutionId = new URL(page.url()).pathname.split("/").pop()!;
    await page.goto(`/admin/instansi/${institutionId}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(INSTITUTION.name);
    await expect(page.getByLabel("Nama singkat")).toHaveValue(INSTITUTION.shortName);
    await expectInert(page, "institution form");
  });

  let evaluationId = "";
  await test.step("an evaluation: script addresses are refused with a reason, markup elsewhere is saved", async () => {
    await page.goto("/admin/evaluasi/baru");
    await evaluationFormReady(page);
    await page.getByLabel("Instansi").selectOption({ label: INSTITUTION.name });
    await page.getByLabel("Tahun").fill(YEAR);
    await page.getByLabel("Nilai terverifikasi").fill("268");
    const source1 = page.getByRole("group", { name: "Sumber 1" });
    await source1.getByLabel("Judul").fill(SOURCE.title);
    await source1.getByLabel("Penerbit").fill(SOURCE.publisher);
    for (const url of REFUSED_URLS) {
      await source1.getByLabel("Alamat (URL)").fill(url);
      await page.getByRole("button", { name: "Simpan sebagai draf" }).click();
      await expect(source1.getByText("Alamat harus lengkap dan diawali http:// atau https://, mis. https://kasn.go.id/berita."), JSON.stringify(url)).toBeVisible();
      await expect(page).toHaveURL(/\/admin\/evaluasi\/baru$/);
      await expectInert(page, `refused ${JSON.stringify(url)}`);
    }
    await source1.getByLabel("Alamat (URL)").fill(SOURCE.url);
    await page.getByRole("button", { name: "Tambah sumber" }).click();
    await page.getByRole("group", { name: "Sumber 2" }).getByLabel("Nomor dokumen resmi").fill(SOURCE.documentRef);
    await page.getByRole("button", { name: "Tambah sub-nilai" }).click();
    const sub = page.getByRole("group", { name: "Sub-nilai (mis. indeks JPT) 1" });
    await sub.getByLabel("Kode").fill("uji");
    await sub.getByLabel("Nama").fill(IMG);
    await sub.getByLabel("Nilai", { exact: true }).fill("1");
    await sub.getByLabel("Predikat").fill(SCRIPT);
    await page.getByLabel("Catatan").fill(SVG);
    await page.getByRole("button", { name: "Simpan sebagai draf" }).click();
    await expect(page).toHaveURL(/\/admin\/evaluasi\/[^/]+\?baru=1$/);
    evaluationId = new URL(page.url()).pathname.split("/").pop()!;
    await page.getByRole("button", { name: "Terbitkan" }).click();
    await expect(page.getByTestId("publication")).toHaveText("Terbit");
  });

  await test.step("an imported file: markup in cells, an unknown institution named by markup, a script address", async () => {
    const csv = Papa.unparse({
      fields: ["institution_name", "institution_type", "province", "year", "score", "source_url", "source_title", "publisher"],
      data: [
        ["Kabupaten Wonosobo", "kabupaten", "Jawa Tengah", YEAR, "268", "https://example.org/wonosobo", SCRIPT, IMG],
        [IMG, "kota", "Jawa Tengah", YEAR, "268", "", "", ""],
        ["Kabupaten Temanggung", "kabupaten", "Jawa Tengah", YEAR, "268", "javascript:window.__xss=1", SVG, ""],
      ],
    });
    await page.goto("/admin/impor");
    const input = page.getByLabel("Berkas CSV atau XLSX (paling besar 5 MB)");
    await expect(input).toBeEnabled();
    await input.setInputFiles({ name: "uji-xss.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Periksa berkas" }).click();
    await expect(page.getByTestId("import-summary")).toContainText("Kesalahan: 2");
    const errors = page.locator("tr[data-kind=error]");
    await expect(errors.filter({ hasText: IMG })).toHaveCount(1);
    await expect(errors.filter({ hasText: "Tautan sumber 'javascript:window.__xss=1' tidak valid; harus alamat lengkap yang diawali http:// atau https://." })).toHaveCount(1);
    await expectInert(page, "import preview");
    await page.getByLabel(/Impor hanya baris yang valid/).check();
    await page.getByLabel("Terbitkan langsung").check();
    await page.getByRole("button", { name: "Impor", exact: true }).click();
    await expect(page.locator("main").getByRole("status")).toContainText("Impor selesai");
    await expectInert(page, "import result");
  });

  await test.step("public pages, in Indonesian and English", async () => {
    for (const path of [`/instansi/${INSTITUTION.slug}`, `/en/instansi/${INSTITUTION.slug}`]) {
      await visit(page, path, [INSTITUTION.name, `${SCRIPT} alias`, `${SVG} alias`, SOURCE.title, SOURCE.documentRef]);
      const link = page.getByRole("link", { name: SOURCE.title });
      await expect(link).toHaveAttribute("href", SOURCE.url);
    }
    await visit(page, "/instansi/kabupaten-wonosobo", [SCRIPT]);
    await expect(page.getByRole("link", { name: SCRIPT })).toHaveAttribute("href", "https://example.org/wonosobo");
    await visit(page, `/instansi?q=${encodeURIComponent(`Uji ${stamp}`)}`, [INSTITUTION.name]);
    await visit(page, `/instansi?q=${encodeURIComponent(SCRIPT)}`, [INSTITUTION.name]); // found by its alias
    await visit(page, `/bandingkan?i=${INSTITUTION.slug},kabupaten-wonosobo`, [INSTITUTION.name]);
    await visit(page, `/en/bandingkan?i=${INSTITUTION.slug},kabupaten-wonosobo`, [INSTITUTION.name]);
    await visit(page, `/tahun/${YEAR}`, [INSTITUTION.name]);
    await visit(page, `/en/tahun/${YEAR}`, [INSTITUTION.name]);
    await visit(page, "/", []);
  });

  await test.step("staff pages", async () => {
    await visit(page, "/admin", []);
    await expect(page.getByTestId("who")).toContainText(USER.name);
    await page.goto("/admin/instansi");
    await page.getByLabel("Cari nama atau nama lain").fill(`Uji ${stamp}`);
    await expect(page.getByRole("link", { name: INSTITUTION.name })).toBeVisible();
    await expectInert(page, "staff institutions table");
    await visit(page, `/admin/instansi/${institutionId}`, [INSTITUTION.name]);
    await page.goto("/admin/evaluasi");
    await page.getByLabel("Cari instansi").fill(`Uji ${stamp}`);
    await expect(page.locator("main")).toContainText(INSTITUTION.name);
    await expectInert(page, "staff evaluations table");
    await visit(page, `/admin/evaluasi/${evaluationId}`, [INSTITUTION.name]);
    await expect(page.getByLabel("Catatan")).toHaveValue(SVG);
    await expect(page.getByRole("group", { name: "Sumber 1" }).getByLabel("Alamat (URL)")).toHaveValue(SOURCE.url);
    await visit(page, `/admin/evaluasi/${evaluationId}/riwayat`, [SOURCE.title, SVG, USER.email]);
    await visit(page, "/admin/akun", [USER.name]);
  });

  await test.step("JSON and CSV downloads carry the text as data, never as a page", async () => {
    const json = await page.request.get(`/api/v1/institutions/${INSTITUTION.slug}`);
    expect(json.headers()["content-type"]).toMatch(/^application\/json/);
    expect(json.headers()["x-content-type-options"]).toBe("nosniff");
    const doc = await json.json();
    expect(doc.name).toBe(INSTITUTION.name);
    expect(doc.evaluations[0].subScores[0].name).toBe(IMG);
    expect(JSON.stringify(doc)).toContain(JSON.stringify(SOURCE.url).slice(1, -1));
    const csv = await page.request.get(`/api/v1/institutions/${INSTITUTION.slug}?format=csv`);
    expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment/);
    const search = await (await page.request.get(`/api/v1/search?q=${encodeURIComponent(`Uji ${stamp}`)}`)).json();
    expect(JSON.stringify(search)).toContain(JSON.stringify(INSTITUTION.name).slice(1, -1));
    // Opened in the browser itself, a JSON answer is shown as text and runs nothing.
    await page.goto(`${baseURL}/api/v1/institutions/${INSTITUTION.slug}`);
    await expectInert(page, "JSON opened in the browser");
  });
});

test("the probe sees an injection when there is one", async ({ page }) => {
  await page.setContent(`<main>${IMG}<a href="javascript:void 0">x</a></main>`);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBe(1);
  expect(await traces(page)).toEqual({ flag: 1, injected: 1, scripts: 0, links: ["javascript:"] });
});
