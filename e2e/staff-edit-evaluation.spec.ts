// Staff journeys: sign in, add an evaluation with a source, publish it and see it on the
// public page, remove and restore it; edit conflicts between two browsers; editors kept
// to their own institution even when they replay a server action by hand.
import { expect, test, request as playwrightRequest, type Page } from "@playwright/test";
import { expectAccessible } from "./fixtures";
import { ADMIN, EDITOR, addDraft, evaluationFormReady, signIn, signOut } from "./staff";

const publicRow = (page: Page, year: string) => page.getByRole("table", { name: /Kota Pekalongan/ }).locator(`tr[data-year="${year}"]`);

test("anonymous visitors are sent to sign in; a wrong password is refused", async ({ page }) => {
  await page.goto("/admin/evaluasi");
  await expect(page).toHaveURL(/\/admin\/masuk\?lanjut=%2Fadmin%2Fevaluasi$/);
  await expectAccessible(page);
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Kata sandi").fill("bukan-kata-sandinya");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText("Email atau kata sandi salah, atau akun tidak aktif.");
  await expect(page.getByLabel("Email")).toHaveValue(EDITOR.email);
  const api = await page.request.get("/api/admin/evaluations");
  expect(api.status()).toBe(401);
});

test("an editor adds a draft with a source, the admin publishes it, the public page shows it at once", async ({ page }) => {
  test.slow(); // a whole journey: two accounts, publish, delete, restore, accessibility checks
  await signIn(page, EDITOR);
  await page.goto("/admin/evaluasi/baru");
  await evaluationFormReady(page);
  await page.getByLabel("Tahun").fill("2020");
  await page.getByLabel("Nilai terverifikasi").fill("251,3");
  await page.getByLabel("Alamat (URL)").fill("https://example.org/berita/merit-pekalongan-2020");
  await page.getByLabel("Judul").fill("Hasil penilaian sistem merit 2020");
  await page.getByRole("button", { name: "Simpan sebagai draf" }).click();
  // Refused next to the field, and what was typed stays.
  await expect(page.getByText(/tidak sesuai kelipatan 0,5/)).toBeVisible();
  await expect(page.getByLabel("Nilai terverifikasi")).toHaveValue("251,3");
  await page.getByLabel("Nilai terverifikasi").fill("268");
  await expect(page.getByText("Menurut nilai: Baik")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Simpan sebagai draf" }).click();
  await expect(page).toHaveURL(/\/admin\/evaluasi\/[^/]+\?baru=1$/);
  const editUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId("publication")).toHaveText("Draf");
  await expect(page.getByRole("button", { name: "Terbitkan" })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto("/instansi/kota-pekalongan");
  await expect(publicRow(page, "2021")).toBeVisible();
  await expect(publicRow(page, "2020")).toHaveCount(0);

  await page.goto("/admin");
  await signOut(page);
  await signIn(page, ADMIN);
  await page.goto(editUrl);
  await page.getByRole("button", { name: "Terbitkan" }).click();
  await expect(page.getByTestId("publication")).toHaveText("Terbit");

  await page.goto("/instansi/kota-pekalongan");
  await expect(publicRow(page, "2020")).toContainText("268");
  await expect(publicRow(page, "2020")).toContainText("Baik");

  // Deleting takes it off the public page; the history brings it back as a draft.
  await page.goto(editUrl);
  await page.getByRole("button", { name: "Hapus", exact: true }).click();
  await page.getByRole("button", { name: "Ya, hapus penilaian ini" }).click();
  await expect(page).toHaveURL(/\/admin\/evaluasi$/);
  await page.goto("/instansi/kota-pekalongan");
  await expect(publicRow(page, "2021")).toBeVisible();
  await expect(publicRow(page, "2020")).toHaveCount(0);

  await page.goto(`${editUrl}/riwayat`);
  await expect(page.getByTestId("history-entry").first()).toContainText("Penilaian dihapus");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Pulihkan yang dihapus" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText(/^Dipulihkan: penilaian yang dihapus pada .* WIB\.$/);
  await page.goto(editUrl);
  await expect(page.getByTestId("publication")).toHaveText("Draf");
  await expect(page.getByLabel("Nilai terverifikasi")).toHaveValue("268");
  await expect(page.getByLabel("Alamat (URL)")).toHaveValue("https://example.org/berita/merit-pekalongan-2020");
  await page.getByRole("button", { name: "Hapus", exact: true }).click();
  await page.getByRole("button", { name: "Ya, hapus penilaian ini" }).click();
  await expect(page).toHaveURL(/\/admin\/evaluasi$/);
});

test("two people edit the same evaluation: the second save is refused and shows the current values", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, ADMIN);
  const id = await addDraft(first, { institution: "Kota Pekalongan", year: "2019", score: "200", note: "awal" });
  await signIn(second, EDITOR);
  await first.goto(`/admin/evaluasi/${id}`);
  await second.goto(`/admin/evaluasi/${id}`);
  await evaluationFormReady(first);
  await evaluationFormReady(second);

  await first.getByLabel("Catatan").fill("diubah oleh admin");
  await first.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(first.locator("main").getByRole("status")).toHaveText("Perubahan tersimpan.");

  await second.getByLabel("Catatan").fill("diubah oleh editor");
  await second.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(second.locator("main").getByRole("alert")).toContainText("telah diubah orang lain");
  await expect(second.getByTestId("conflict")).toContainText("diubah oleh admin");
  await expect(second.getByLabel("Catatan")).toHaveValue("diubah oleh editor");
  await second.getByRole("button", { name: "Muat nilai terbaru ke formulir" }).click();
  await expect(second.getByLabel("Catatan")).toHaveValue("diubah oleh admin");
  await second.getByLabel("Catatan").fill("diubah oleh editor setelah membaca");
  await second.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(second.locator("main").getByRole("status")).toHaveText("Perubahan tersimpan.");

  // Back to the admin's version by undoing the editor's change: a write of its own, recorded too.
  await first.goto(`/admin/evaluasi/${id}/riwayat`);
  const entries = first.getByTestId("history-entry");
  await expect(entries).toHaveCount(3);
  await expect(entries.first()).toContainText(EDITOR.email);
  await entries.first().getByRole("button", { name: "Pulihkan keadaan sebelum perubahan ini" }).click();
  await expect(first.locator("main").getByRole("status")).toHaveText(/^Dipulihkan: keadaan sebelum perubahan .* WIB\.$/);
  await expect(entries).toHaveCount(4);
  await expect(entries.first()).toContainText("Versi terdahulu dipulihkan");
  await first.goto(`/admin/evaluasi/${id}`);
  await expect(first.getByLabel("Catatan")).toHaveValue("diubah oleh admin");
  await first.getByRole("button", { name: "Hapus", exact: true }).click();
  await first.getByRole("button", { name: "Ya, hapus penilaian ini" }).click();
  await expect(first).toHaveURL(/\/admin\/evaluasi$/);
});

test("an editor cannot reach another institution, not even by replaying a server action", async ({ page, browser, baseURL }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ADMIN);
  const all = await (await admin.request.get("/api/admin/evaluations?q=Kabupaten")).json();
  const foreign = all.rows[0] as { id: string; version: number; institution: string };
  expect(foreign.institution).toMatch(/^Kabupaten/);

  await signIn(page, EDITOR);
  const mine = await (await page.request.get("/api/admin/evaluations")).json();
  expect(mine.total).toBeGreaterThan(0);
  expect(new Set(mine.rows.map((r: { slug: string }) => r.slug))).toEqual(new Set(["kota-pekalongan"]));
  expect((await page.goto(`/admin/evaluasi/${foreign.id}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await page.goto("/admin/akun");
  await expect(page.locator("main").getByRole("alert")).toHaveText("Hanya admin yang dapat mengelola akun.");

  // Capture a real save of the editor's own draft, then aim it at the other institution.
  const id = await addDraft(page, { year: "2020", score: "180" });
  await page.goto(`/admin/evaluasi/${id}`);
  await evaluationFormReady(page);
  const [saved] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    page.getByRole("button", { name: "Simpan perubahan" }).click(),
  ]);
  await expect(page.locator("main").getByRole("status")).toHaveText("Perubahan tersimpan.");
  const headers = saved.headers();
  const replay = (body: string, ctx = page.request) =>
    ctx.post(saved.url(), {
      headers: { "next-action": headers["next-action"], "content-type": headers["content-type"], accept: "text/x-component", origin: baseURL! },
      data: body,
    });
  const hijack = saved
    .postData()!
    .replace(id, foreign.id)
    .replace(/"version":\d+/, `"version":${foreign.version}`);
  const asEditor = await (await replay(hijack)).text();
  expect(asEditor).toContain("tidak berwenang");
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const asNobody = await (await replay(hijack, anonymous)).text();
  expect(asNobody).toContain("belum masuk");
  await anonymous.dispose();
  const after = await (await admin.request.get("/api/admin/evaluations?q=Kabupaten")).json();
  expect(after.rows.find((r: { id: string }) => r.id === foreign.id)).toEqual(foreign);

  await page.goto(`/admin/evaluasi/${id}`);
  await evaluationFormReady(page);
  await page.getByRole("button", { name: "Hapus", exact: true }).click();
  await page.getByRole("button", { name: "Ya, hapus penilaian ini" }).click();
  await expect(page).toHaveURL(/\/admin\/evaluasi$/);
});

test("repeated failed sign-ins are throttled", async ({ page }) => {
  await page.goto("/admin/masuk");
  for (let i = 0; i < 6; i++) {
    await page.getByLabel("Email").fill("tidak.ada@jejakmerit.test");
    await page.getByLabel("Kata sandi").fill(`salah-${i}`);
    // One attempt at a time: wait for the server's answer before typing the next one.
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]),
      page.getByRole("button", { name: "Masuk" }).click(),
    ]);
    await expect(page.locator("main").getByRole("alert")).toHaveText(i < 5 ? /Email atau kata sandi salah/ : /Terlalu banyak percobaan masuk/);
    // The answer arrives before React resets the form after its action (the alert already
    // read the same words): typing before the reset loses the password to it.
    await expect(page.getByRole("button", { name: "Masuk" })).toBeEnabled();
  }
});
