// Passwords and sessions as people meet them: an admin resets an editor's password, the
// editor signs in with the one-time password, is sent to change it and cannot work until
// they do; the admin ends the editor's sessions; the security log shows it all.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./fixtures";
import { ADMIN, replaceGivenPassword, signIn } from "./staff";

const DEWI = { email: "dewi.lestari@pekalongankota.go.id", name: "Dewi Lestari", password: "teh-poci-gula-batu-01" };

async function createEditor(admin: Page) {
  await admin.goto("/admin/akun");
  await admin.getByLabel("Nama").fill(DEWI.name);
  await admin.getByLabel("Email").fill(DEWI.email);
  await admin.getByLabel("Kata sandi awal").fill(DEWI.password);
  await admin.getByLabel("Cari instansi").fill("Kota Pekalongan");
  await admin.getByRole("checkbox", { name: "Kota Pekalongan", exact: true }).check();
  await admin.getByRole("button", { name: "Buat akun" }).click();
  await expect(admin.locator("main").getByRole("status")).toHaveText("Akun dibuat.");
}

test("a reset password must be changed at the next sign-in, and the admin sees it in the security log", async ({ page, browser }) => {
  test.setTimeout(120_000); // one long journey: four sign-ins, two password hashes, three pages checked by axe
  await signIn(page, ADMIN);
  await createEditor(page);

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, DEWI);
  await replaceGivenPassword(editor, DEWI.password, "teh-poci-gula-batu-pilihan");

  // The admin resets the password: the editor's open session ends, a one-time password shows once.
  await page.getByRole("link", { name: DEWI.name }).click();
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Atur ulang kata sandi" }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("hanya ditampilkan sekali");
  const oneTime = (await page.getByTestId("one-time-password").textContent())!;
  expect(oneTime).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
  await expectAccessible(page);

  await editor.goto("/admin/evaluasi");
  await expect(editor).toHaveURL(/\/admin\/masuk/);

  // Signed in with it, the editor lands on the change page, and every other page sends them back.
  await signIn(editor, { ...DEWI, password: oneTime });
  await expect(editor).toHaveURL(/\/admin\/sandi$/);
  await expect(editor.getByText(/Kata sandi Anda diberikan oleh admin/)).toBeVisible();
  await expect(editor.getByRole("navigation", { name: "Menu staf" })).toHaveCount(0);
  await editor.goto("/admin/evaluasi/baru");
  await expect(editor).toHaveURL(/\/admin\/sandi$/);
  expect((await editor.request.get("/api/admin/evaluations")).status()).toBe(401);

  await editor.getByLabel("Kata sandi sementara").fill(oneTime);
  await editor.getByLabel("Kata sandi baru", { exact: true }).fill("password1234");
  await editor.getByLabel("Ulangi kata sandi baru").fill("password1234");
  await editor.getByRole("button", { name: "Ganti kata sandi" }).click();
  // The field's own error (its hint names the rule too): leaked, common or guessable.
  await expect(editor.locator('p[id$="-error"]').filter({ hasText: /umum atau yang pernah bocor|terlalu mudah ditebak/ })).toBeVisible();
  await expectAccessible(editor);

  const chosen = "layang-layang-di-pantai-pasir-kencana";
  await editor.getByLabel("Kata sandi baru", { exact: true }).fill(chosen);
  await editor.getByLabel("Ulangi kata sandi baru").fill(chosen);
  await editor.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(editor).toHaveURL(/\/admin$/);
  await editor.goto("/admin/evaluasi");
  await expect(editor.getByRole("heading", { level: 1, name: "Penilaian" })).toBeVisible();

  // The admin ends every session of the account: the editor is signed out at once.
  await page.reload();
  await expect(page.getByText("Sesi aktif: 1")).toBeVisible();
  await page.getByRole("button", { name: "Akhiri semua sesi" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("1 sesi diakhiri.");
  await editor.goto("/admin/evaluasi");
  await expect(editor).toHaveURL(/\/admin\/masuk/);

  // The security log, newest first, filtered to the account; and its CSV.
  await page.getByRole("link", { name: "Log keamanan" }).click();
  await page.getByLabel("Akun (email)").fill("dewi.lestari");
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/akun=dewi.lestari/);
  const events = page.locator("tbody tr td:nth-child(2)");
  await expect(events.nth(0)).toHaveText("Semua sesi diakhiri oleh admin");
  await expect(events.nth(1)).toHaveText("Kata sandi diganti");
  // The sign-in with the one-time password, then the reset that made it.
  await expect(events.nth(2)).toHaveText("Masuk berhasil");
  await expect(events.nth(3)).toHaveText("Kata sandi diatur ulang oleh admin");
  await expect(page.locator("tbody tr").nth(3)).toContainText(ADMIN.email);
  await expectAccessible(page);

  await page.getByLabel("Jenis peristiwa").selectOption({ label: "Kata sandi diganti" });
  await page.getByRole("button", { name: "Tampilkan" }).click();
  // The password the admin gave at creation, then the one-time password of the reset.
  await expect(page.locator("tbody tr")).toHaveCount(2);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Unduh CSV" }).click()]);
  const csv = readFileSync(await download.path(), "utf8");
  expect(csv.split("\r\n")[0]).toBe("\uFEFFwaktu,jenis,akun,oleh,alamat_klien,user_agent,rincian");
  expect(csv).toContain(`password.change,${DEWI.email}`);
  expect(csv).not.toContain("password.reset");

  // Editors have no security log.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, { ...DEWI, password: chosen });
  await other.goto("/admin/keamanan");
  await expect(other.locator("main").getByRole("alert")).toHaveText("Hanya admin yang dapat membaca log keamanan.");
  expect((await other.request.get("/api/admin/security-log")).status()).toBe(403);
});
