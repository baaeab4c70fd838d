// What a newcomer to the staff workspace tripped over: a restore that changed nothing, an
// error message far from the fields it is about, a history in column names, filters that
// Back forgot, and not-found pages that answered 200.
import { expect, test } from "@playwright/test";
import { ADMIN, EDITOR, addDraft, evaluationFormReady, signIn } from "./staff";

test("restoring an edit brings back the values before it, and says which state it brought back", async ({ page }) => {
  test.slow(); // a journey: create, edit, history, restore, back to the form, delete
  await signIn(page, EDITOR);
  const id = await addDraft(page, { year: "2019", score: "210", note: "catatan awal" });
  await page.goto(`/admin/evaluasi/${id}`);
  await evaluationFormReady(page);
  await page.getByLabel("Catatan").fill("catatan diubah");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Perubahan tersimpan.");

  await page.getByRole("link", { name: "Riwayat perubahan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Riwayat penilaian Kota Pekalongan · 2019");
  const entries = page.getByTestId("history-entry");
  const edit = entries.first();
  await expect(edit).toContainText("Penilaian diubah");
  // Field labels in Indonesian, times in Jakarta time.
  await expect(edit.getByRole("cell", { name: "Catatan", exact: true })).toBeVisible();
  await expect(edit.getByRole("cell", { name: "note", exact: true })).toHaveCount(0);
  await expect(edit).toContainText(/pukul \d\d\.\d\d\.\d\d WIB/);
  // The creation is a state to go back to, but it is the one before the edit as well.
  await expect(entries.last()).toContainText("Penilaian dibuat");
  await expect(entries.last().getByRole("button", { name: "Pulihkan keadaan saat dibuat" })).toBeVisible();

  await expect(edit).toContainText("Catatan: catatan diubah → catatan awal");
  await edit.getByRole("button", { name: "Pulihkan keadaan sebelum perubahan ini" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText(/^Dipulihkan: keadaan sebelum perubahan .* WIB\.$/);
  await expect(entries.first()).toContainText("Versi terdahulu dipulihkan");
  await expect(entries.first().getByRole("cell", { name: "catatan awal", exact: true })).toBeVisible();
  // Nothing left to bring back from the creation: it says so instead of "restoring" nothing.
  await expect(entries.last().getByRole("button", { name: "Pulihkan keadaan saat dibuat" })).toBeDisabled();
  await expect(entries.last()).toContainText("Sama dengan isi sekarang");

  await page.getByRole("link", { name: "Buka formulir penilaian" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/evaluasi/${id}$`));
  await expect(page.getByLabel("Catatan")).toHaveValue("catatan awal");
  await page.getByRole("button", { name: "Hapus", exact: true }).click();
  await page.getByRole("button", { name: "Ya, hapus penilaian ini" }).click();
  await expect(page).toHaveURL(/\/admin\/evaluasi$/);
});

test("a refused save moves focus to the first marked field, even when it is off screen", async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 600 });
  await signIn(page, EDITOR);
  await page.goto("/admin/evaluasi/baru");
  await evaluationFormReady(page);
  await page.getByLabel("Tahun").fill("2019");
  await page.getByLabel("Nilai terverifikasi").fill("251,3");
  await page.getByLabel("Catatan").fill("diisi terakhir");
  await page.getByRole("button", { name: "Simpan sebagai draf" }).click();
  await expect(page.getByLabel("Nilai terverifikasi")).toBeFocused();
  await expect(page.getByLabel("Nilai terverifikasi")).toBeInViewport();

  // The server's refusal too: Kota Pekalongan already has a result in 2021's round.
  await page.getByLabel("Tahun").fill("2021");
  await page.getByLabel("Nilai terverifikasi").fill("250");
  await page.getByLabel("Catatan").focus();
  await page.getByRole("button", { name: "Simpan sebagai draf" }).click();
  await expect(page.getByText("Instansi ini sudah memiliki hasil pada putaran KASN 2021, Surabaya (2021-kasn-2021-12-07).")).toBeVisible();
  await expect(page.getByLabel("Putaran")).toBeFocused();
  await expect(page.getByLabel("Putaran")).toBeInViewport();
});

test("the evaluation filters and page live in the address: reload and Back keep them", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/evaluasi");
  await page.getByLabel("Publikasi").selectOption("published");
  await expect(page).toHaveURL(/[?&]publication=published/);
  await expect(page.getByText(/^Halaman 1 dari [2-9]/)).toBeVisible();
  const firstOfPageOne = await page
    .getByRole("link", { name: /^Ubah / })
    .first()
    .getAttribute("aria-label");
  await page.getByRole("button", { name: "Berikutnya" }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(page.getByText(/^Halaman 2 dari/)).toBeVisible();

  await page.reload();
  await expect(page.getByText(/^Halaman 2 dari/)).toBeVisible();
  await expect(page.getByLabel("Publikasi")).toHaveValue("published");
  await expect(page.getByRole("link", { name: /^Ubah / }).first()).not.toHaveAttribute("aria-label", firstOfPageOne!);

  // Into a record and back: the same page of the same filter.
  await page
    .getByRole("link", { name: /^Ubah / })
    .first()
    .click();
  await expect(page).toHaveURL(/\/admin\/evaluasi\/[^/?]+$/);
  await page.goBack();
  await expect(page.getByText(/^Halaman 2 dari/)).toBeVisible();
  await expect(page.getByLabel("Publikasi")).toHaveValue("published");

  await page.goBack();
  await expect(page.getByText(/^Halaman 1 dari/)).toBeVisible();
  await expect(page.getByRole("link", { name: /^Ubah / }).first()).toHaveAttribute("aria-label", firstOfPageOne!);
});

test("staff pages of records that do not exist, or are out of reach, answer 404", async ({ page }) => {
  test.slow(); // two accounts and five pages
  await signIn(page, EDITOR);
  for (const path of ["/admin/evaluasi/tidak-ada", "/admin/evaluasi/tidak-ada/riwayat", "/admin/instansi/tidak-ada"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  }
  const admin = await (await page.context().browser()!.newContext()).newPage();
  await signIn(admin, ADMIN);
  for (const path of ["/admin/akun/tidak-ada", "/admin/skema/tidak-ada"]) {
    expect((await admin.goto(path))?.status(), path).toBe(404);
    await expect(admin.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  }
  // Another institution's evaluation is as unknown to an editor as a missing one.
  const foreign = (await (await admin.request.get("/api/admin/evaluations?q=Kabupaten")).json()).rows[0] as { id: string };
  expect((await page.goto(`/admin/evaluasi/${foreign.id}`))?.status()).toBe(404);
  expect((await admin.goto(`/admin/evaluasi/${foreign.id}`))?.status()).toBe(200);
  await expect(admin.getByLabel("Nilai terverifikasi")).toBeVisible();
});
