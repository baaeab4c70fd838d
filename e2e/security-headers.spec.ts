// Every kind of response carries the security headers, and the pages work under the
// Content-Security-Policy (no violations while the chart and staff forms run).
import { expect, test } from "@playwright/test";

for (const path of ["/", "/instansi/kota-pekalongan", "/admin/masuk", "/api/health"]) {
  test(`security headers on ${path}`, async ({ request }) => {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("object-src 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
  });
}

test("the institution page and its chart run without policy violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  await page.goto("/instansi/kota-pekalongan");
  await page.getByTestId("trajectory-chart").hover();
  await expect(page.getByTestId("trajectory-chart").locator("svg.recharts-surface")).toBeVisible();
  await page.goto("/admin/masuk");
  await expect(page.getByRole("button", { name: "Masuk" })).toBeEnabled();
  expect(violations).toEqual([]);
});
