// A scheme activated on one instance is on the other's cached pages at once: the
// activation names no institution, so every instance reads its dataset whole again.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { SECOND_URL } from "./instances";
import { ADMIN, signIn } from "./staff";

/** The schemes a methodology page lists, by their headings. */
async function schemesListed(request: APIRequestContext, url: string) {
  const html = await (await request.get(url)).text();
  return [...html.matchAll(/<h3 id="scheme-[^"]*"[^>]*>([^<]*)</g)].map((m) => m[1]);
}

test("a scheme activated on one instance shows on the other's cached methodology page", async ({ page, request }) => {
  const methodology = `${SECOND_URL}/metodologi`;
  for (let i = 0; i < 2; i++) expect(await schemesListed(request, methodology)).not.toContain("Uji Dua Instans"); // now cached

  await signIn(page, ADMIN);
  await page.goto("/admin/skema/baru");
  await expect(page.locator("form[data-hydrated]")).toBeVisible();
  await page.getByLabel("Kode skema").fill("uji-dua-instans");
  await page.getByLabel("Nama skema").fill("Uji Dua Instans");
  await page.getByLabel("Nama dalam bahasa Inggris").fill("Two instances test");
  await page.getByLabel("Berlaku mulai tahun").fill("2005");
  await page.getByLabel("Berlaku sampai tahun").fill("2006");
  await page.getByLabel("Nilai maksimum skala").fill("100");
  await page.getByLabel("Kelipatan nilai").fill("1");
  const first = page.getByRole("group", { name: "Kategori, dari yang terendah 1" });
  await first.getByLabel("Kode", { exact: true }).fill("satu");
  await first.getByLabel("Nama", { exact: true }).fill("Satu");
  await first.getByLabel("Nama (Inggris)", { exact: true }).fill("One");
  await page.getByRole("button", { name: "Simpan sebagai draf" }).click();
  await expect(page).toHaveURL(/\/admin\/skema\/uji-dua-instans$/);
  // A draft is nobody's business outside the workspace.
  expect(await schemesListed(request, methodology)).not.toContain("Uji Dua Instans");
  await page.getByRole("button", { name: "Aktifkan skema" }).click();
  await expect(page.getByTestId("scheme-status")).toHaveText("Aktif");

  expect(await schemesListed(request, methodology)).toContain("Uji Dua Instans");
});
