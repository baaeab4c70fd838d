import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./fixtures";

// Each selection is its own cached page; the router keeps the pages just left, hidden, for
// the back button. Only what is visible counts.
const visible = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true });

test("compare three institutions via the picker, then reload the shared URL", async ({ page }) => {
  await page.goto("/instansi/kota-pekalongan");
  await page.getByRole("link", { name: "Bandingkan dengan instansi lain" }).click();
  await expect(page).toHaveURL(/\/bandingkan\?i=kota-pekalongan$/);

  const search = page.getByRole("searchbox", { name: "Cari instansi untuk ditambahkan" });
  await search.fill("malang");
  await page.getByRole("button", { name: "Tambahkan Kota Malang" }).click();
  await expect(page).toHaveURL(/i=kota-pekalongan,kota-malang$/);

  await search.fill("Pemprov Jatim");
  await page.getByRole("button", { name: "Tambahkan Provinsi Jawa Timur" }).click();
  await expect(page).toHaveURL(/i=kota-pekalongan,kota-malang,provinsi-jawa-timur$/);

  const table = visible(page, "compare-table");
  await expect(table.locator("thead th")).toHaveCount(4);
  await expect(table.locator("tr", { hasText: "2021" })).toContainText("178,5");
  await expect(table.locator("tr", { hasText: "2021" })).toContainText("256,5");
  await expect(table.locator("tr", { hasText: "2024" })).toContainText("383");
  await expect(visible(page, "compare-chart").locator(".recharts-line")).toHaveCount(3);
  await expectAccessible(page);

  await page.reload();
  await expect(visible(page, "compare-table").locator("thead th")).toHaveCount(4);
  await page.getByRole("button", { name: "Hapus Kota Malang" }).click();
  await expect(page).toHaveURL(/i=kota-pekalongan,provinsi-jawa-timur$/);
  await expect(visible(page, "compare-table").locator("thead th")).toHaveCount(3);
});
