import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./fixtures";

// Each selection is its own cached page; the router keeps the pages just left, hidden, for
// the back button. Only what is visible counts.
const visible = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true });

test("compare three institutions with the keyboard, then reload the shared URL", async ({ page }) => {
  await page.goto("/instansi/kota-pekalongan");
  await page.getByRole("link", { name: "Bandingkan dengan instansi lain" }).click();
  await expect(page).toHaveURL(/\/bandingkan\?i=kota-pekalongan$/);

  // One institution alone: the search has the focus and offers its peers.
  const search = page.getByRole("combobox", { name: "Cari instansi untuk ditambahkan" });
  await expect(search).toBeFocused();
  await expect(page.getByRole("listbox", { name: /Saran/ }).getByRole("option").first()).toContainText("Jawa Tengah");

  // Typing lists matches; the arrows move the active option, Enter adds it.
  await search.pressSequentially("malang");
  const matches = page.getByRole("listbox", { name: "Instansi yang cocok" });
  await expect(matches.getByRole("option", { name: /^Kota Malang/ })).toBeVisible();
  await expect(search).toHaveAttribute("aria-expanded", "true");
  const names = await matches.getByRole("option").allTextContents();
  const at = names.findIndex((n) => n.startsWith("Kota Malang"));
  for (let i = 0; i <= at; i++) await search.press("ArrowDown");
  const active = matches.getByRole("option", { name: /^Kota Malang/ });
  await expect(active).toHaveAttribute("aria-selected", "true");
  await expect(search).toHaveAttribute("aria-activedescendant", (await active.getAttribute("id"))!);
  await search.press("Enter");
  await expect(page).toHaveURL(/i=kota-pekalongan,kota-malang$/);

  // The new selection's page gives the focus back to the search. Escape closes the list
  // without adding; Up from a closed list opens it at the last match.
  await expect(search).toBeFocused();
  await search.pressSequentially("Pemprov Jatim");
  const jatim = page.getByRole("option", { name: /^Provinsi Jawa Timur/ });
  await expect(jatim).toBeVisible();
  await search.press("Escape");
  await expect(search).toHaveAttribute("aria-expanded", "false");
  await expect(jatim).toBeHidden();
  await search.press("Enter");
  await expect(page).toHaveURL(/i=kota-pekalongan,kota-malang$/);
  await search.press("ArrowUp");
  await expect(jatim).toHaveAttribute("aria-selected", "true");
  await search.press("Enter");
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

test("one institution alone: the search suggests its peers, and Enter adds one", async ({ page }) => {
  await page.goto("/bandingkan?i=kota-pekalongan");
  await expect(page.getByText("Kota Pekalongan belum dibandingkan dengan apa pun")).toBeVisible();
  const search = page.getByRole("combobox", { name: "Cari instansi untuk ditambahkan" });
  await expect(search).toBeFocused();
  const peers = page.getByRole("listbox", { name: /Saran/ }).getByRole("option");
  // Cities of Central Java first (same type, same province), then the rest of the province.
  await expect(peers.first()).toHaveText(/^Kota (Magelang|Surakarta) · Jawa Tengah$/);
  await expect(peers.nth(1)).toHaveText(/^Kota (Magelang|Surakarta) · Jawa Tengah$/);
  await expect(peers.nth(2)).toContainText("Jawa Tengah");
  await expectAccessible(page);
  const first = (await peers.first().textContent())!.split(" · ")[0];
  await search.press("ArrowDown");
  await search.press("Enter");
  await expect(page).toHaveURL(new RegExp(`i=kota-pekalongan,${first.toLowerCase().replace(/ /g, "-")}$`));
  // Two institutions: nothing more is pressed on the reader.
  await expect(page.getByRole("listbox", { name: /Saran/ })).toBeHidden();
});
