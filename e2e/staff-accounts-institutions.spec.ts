// Admin journeys: rename an institution's slug (the old address keeps working), and
// create an editor account, see it work, then deactivate it.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./fixtures";
import { ADMIN, EDITOR, replaceGivenPassword, signIn, signOut } from "./staff";

test("renaming an institution's slug redirects its old public address", async ({ page, request, baseURL }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/instansi");
  await page.getByLabel("Cari nama atau nama lain").fill("Kabupaten Simeulue");
  await page.getByRole("link", { name: "Kabupaten Simeulue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kabupaten Simeulue" })).toBeVisible();
  await page.getByLabel("Slug alamat halaman").fill("kab-simeulue");
  await page.getByLabel("Nama lain (satu per baris)").fill("Pemkab Simeulue\nSimeulue");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Data instansi tersimpan.");
  await expectAccessible(page);

  await page.goto("/instansi/kabupaten-simeulue");
  await expect(page).toHaveURL(/\/instansi\/kab-simeulue$/);
  const api = await request.get("/api/v1/institutions/kabupaten-simeulue", { maxRedirects: 0 });
  expect(api.status()).toBe(301);
  expect(api.headers().location).toMatch(/\/api\/v1\/institutions\/kab-simeulue$/);
  // The API's redirect leads to the public address (PUBLIC_URL), whatever Host the request named.
  const forged = await request.get("/api/v1/institutions/kabupaten-simeulue", { maxRedirects: 0, headers: { host: "evil.example" } });
  expect(forged.status()).toBe(301);
  expect(forged.headers().location).toBe(`${baseURL}/api/v1/institutions/kab-simeulue`);
});

test("an admin creates an editor, who can sign in until deactivated", async ({ page, browser }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/akun");
  await page.getByLabel("Nama").fill("Sri Rahayu");
  await page.getByLabel("Email").fill("sri.rahayu@batangkab.go.id");
  await page.getByLabel("Kata sandi awal").fill("pendek");
  await page.getByLabel("Cari instansi").fill("Kabupaten Batang");
  await page.getByRole("checkbox", { name: "Kabupaten Batang", exact: true }).check();
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText("Kata sandi paling sedikit 12 karakter.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("sri.rahayu@batangkab.go.id");
  await page.getByLabel("Kata sandi awal").fill("sandi-awal-batang");
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Akun dibuat.");
  await expectAccessible(page);

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, { email: "sri.rahayu@batangkab.go.id", password: "sandi-awal-batang", name: "Sri Rahayu" });
  // The admin chose that password: it opens the account once, to replace it.
  await replaceGivenPassword(editor, "sandi-awal-batang", "kopi-tubruk-di-alun-alun");
  await editor.goto("/admin/instansi");
  await expect(editor.getByText("1 instansi")).toBeVisible();
  await expect(editor.getByRole("link", { name: "Kabupaten Batang", exact: true })).toBeVisible();

  await page.getByRole("link", { name: "Sri Rahayu" }).click();
  await page.getByLabel("Akun aktif").uncheck();
  await page.getByRole("button", { name: "Simpan akun" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText("Akun dinonaktifkan.");

  await editor.goto("/admin/instansi");
  await expect(editor).toHaveURL(/\/admin\/masuk/);
  await editor.getByLabel("Email").fill("sri.rahayu@batangkab.go.id");
  await editor.getByLabel("Kata sandi").fill("kopi-tubruk-di-alun-alun");
  await editor.getByRole("button", { name: "Masuk" }).click();
  await expect(editor.locator("main").getByRole("alert")).toHaveText("Email atau kata sandi salah, atau akun tidak aktif.");
  await signOut(page);
});

test("only an admin downloads the full backup, and it holds drafts too", async ({ page, browser }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "JSON" }).click()]);
  const doc = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(doc.format).toBe("jejak-merit/dataset");
  expect(doc.evaluations.find((e: { institution: string; year: number }) => e.institution === "kota-pekalongan" && e.year === 2023)).toMatchObject({
    score: 327,
    category: "sangat-baik",
    publication: "published",
  });
  const zip = await page.request.get("/api/admin/export?format=zip");
  expect([zip.status(), zip.headers()["content-type"]]).toEqual([200, "application/zip"]);

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, EDITOR);
  expect((await editor.request.get("/api/admin/export?format=json")).status()).toBe(403);
  expect((await (await browser.newContext()).request.get(`${new URL(page.url()).origin}/api/admin/export`)).status()).toBe(401);
});
