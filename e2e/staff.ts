// Staff helpers for the journeys: the demo accounts and signing in through the real form.
import { expect, type Page } from "@playwright/test";

export const ADMIN = { email: "admin@jejakmerit.test", password: "jejak-admin-demo", name: "Admin Demo" };
export const EDITOR = { email: "editor.pekalongan@jejakmerit.test", password: "jejak-editor-demo", name: "Editor Kota Pekalongan" };

export async function signIn(page: Page, who: { email: string; password: string; name: string }) {
  await page.goto("/admin/masuk");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Kata sandi").fill(who.password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByTestId("who")).toContainText(who.name);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/admin\/masuk/);
}

/** Fills the new-evaluation form as a person would and saves it as a draft; returns its id. */
export async function addDraft(page: Page, opts: { institution?: string; year: string; score: string; sourceUrl?: string; note?: string }) {
  await page.goto("/admin/evaluasi/baru");
  await evaluationFormReady(page);
  if (opts.institution) await page.getByLabel("Instansi").selectOption({ label: opts.institution });
  await page.getByLabel("Tahun").fill(opts.year);
  await page.getByLabel("Nilai terverifikasi").fill(opts.score);
  if (opts.sourceUrl) await page.getByLabel("Alamat (URL)").fill(opts.sourceUrl);
  if (opts.note) await page.getByLabel("Catatan").fill(opts.note);
  await page.getByRole("button", { name: "Simpan sebagai draf" }).click();
  await expect(page).toHaveURL(/\/admin\/evaluasi\/[^/]+\?baru=1$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

/** The evaluation form is running in the browser: typing before that goes into the server's copy. */
export async function evaluationFormReady(page: Page) {
  await expect(page.locator("form[data-hydrated]")).toBeVisible();
}

/**
 * The first sign-in of an account whose password an admin gave (made or reset): the staff
 * member lands on the password page and replaces it before anything else.
 */
export async function replaceGivenPassword(page: Page, given: string, chosen: string) {
  await expect(page).toHaveURL(/\/admin\/sandi$/);
  await expect(page.locator("form[data-hydrated]")).toBeVisible();
  await page.getByLabel("Kata sandi sementara").fill(given);
  await page.getByLabel("Kata sandi baru", { exact: true }).fill(chosen);
  await page.getByLabel("Ulangi kata sandi baru").fill(chosen);
  await page.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText(/^Kata sandi diganti\./);
  await page.goto("/admin");
  await expect(page.getByRole("navigation", { name: "Menu staf" })).toBeVisible();
}
