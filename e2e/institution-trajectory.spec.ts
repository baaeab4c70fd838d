import { expect, test } from "@playwright/test";

test.describe("institution page", () => {
  test("Kota Pekalongan shows its trajectory, chart and the biennial gap", async ({ page }) => {
    await page.goto("/instansi/kota-pekalongan");
    await expect(page.getByRole("heading", { level: 1, name: "Kota Pekalongan" })).toBeVisible();

    const table = page.getByRole("table", { name: /Kota Pekalongan/ });
    const row = (year: number) => table.locator(`tr[data-year="${year}"]`);
    await expect(row(2021)).toContainText("Kurang");
    await expect(row(2021)).toContainText("178,5");
    await expect(row(2022)).toContainText("Baik");
    await expect(row(2022)).toContainText("264,5");
    await expect(row(2022)).toContainText("▲ +86");
    await expect(row(2023)).toContainText("Sangat Baik");
    await expect(row(2023)).toContainText("327");
    await expect(row(2023)).toContainText("7 Desember 2023");
    await expect(row(2024)).toContainText("Tidak dievaluasi — siklus dua tahunan");
    await expect(row(2025)).toContainText("tidak dipublikasikan");
    await expect(row(2021).getByRole("link", { name: "radarpekalongan.id" })).toHaveAttribute("href", /radarpekalongan\.id\/2022\/12\/04/);
    await expect(page.getByText("Evaluasi berikutnya: 2027")).toBeVisible();
    await expect(page.getByTestId("chart-text")).toContainText(
      "2021: Kurang, nilai 178,5; 2022: Baik, nilai 264,5; 2023: Sangat Baik, nilai 327; 2024: Tidak dievaluasi (siklus dua tahunan); 2025: Sangat Baik (nilai tidak dipublikasikan)",
    );

    // Drawn on the server: before any chart code runs, the bands, the gap and the points are there.
    const chart = page.getByTestId("trajectory-chart");
    await expect(chart).toHaveAttribute("data-chart", "static");
    await expect(chart).toContainText("Tidak dievaluasi");
    await expect(chart).toContainText("Sangat Baik");
    // Three scored years on the line, rising (178,5 → 264,5 → 327); 2025 has a category only.
    const points = chart.locator('[data-point="score"]');
    await expect(points).toHaveCount(3);
    const heights = await points.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().y));
    expect(heights[0]).toBeGreaterThan(heights[1]);
    expect(heights[1]).toBeGreaterThan(heights[2]);
    await expect(chart.locator('[data-point="category"]')).toHaveCount(1);
    await expect(chart.locator('[data-point="category"] title')).toHaveText("2025: Sangat Baik (nilai tidak dipublikasikan)");

    // Reaching for the chart swaps in the interactive one, with the same three points.
    await chart.hover();
    await expect(chart.locator("svg.recharts-surface")).toBeVisible();
    await expect(chart.locator(".recharts-line-dot")).toHaveCount(3);
  });

  test("Kabupaten Pekalongan is a different institution", async ({ page }) => {
    await page.goto("/instansi/kabupaten-pekalongan");
    await expect(page.getByRole("heading", { level: 1, name: "Kabupaten Pekalongan" })).toBeVisible();
    const table = page.getByRole("table");
    await expect(table.locator("tbody tr")).toHaveCount(1);
    await expect(table.locator('tr[data-year="2022"]')).toContainText("Baik");
  });

  test("English page uses English words and formats", async ({ page }) => {
    await page.goto("/en/instansi/kota-pekalongan");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const row2021 = page.locator('tr[data-year="2021"]');
    await expect(row2021).toContainText("178.5");
    await expect(page.locator('tr[data-year="2024"]')).toContainText("Not evaluated — biennial cycle");
  });

  test("an unknown institution is not found, and crawlers get a 404", async ({ page, request }) => {
    // Browsers get the streamed page (status already sent) marked noindex; crawlers wait for metadata.
    await page.goto("/instansi/tidak-ada");
    await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible();
    await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);
    const crawler = await request.get("/instansi/tidak-ada", { headers: { "User-Agent": "Googlebot/2.1" } });
    expect(crawler.status()).toBe(404);
  });
});

test.describe("JSON API", () => {
  test("returns the published trajectory of Kota Pekalongan", async ({ request }) => {
    const response = await request.get("/api/v1/institutions/kota-pekalongan");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.name).toBe("Kota Pekalongan");
    expect(body.type).toBe("kota");
    expect(body.province).toEqual({ code: "33", name: "Jawa Tengah" });
    const years = body.evaluations.map((e: { year: number; status: string; score: number | null; category: string | null }) => [e.year, e.status, e.score, e.category]);
    expect(years).toEqual([
      [2021, "evaluated", 178.5, "Kurang"],
      [2022, "evaluated", 264.5, "Baik"],
      [2023, "evaluated", 327, "Sangat Baik"],
      [2024, "not_evaluated", null, null],
      [2025, "evaluated", null, "Sangat Baik"],
    ]);
    expect(body.evaluations[0].sources[0].url).toContain("radarpekalongan.id");
  });

  test("unknown slug → 404 JSON", async ({ request }) => {
    const response = await request.get("/api/v1/institutions/tidak-ada");
    expect(response.status()).toBe(404);
    expect((await response.json()).error).toBe("not_found");
  });

  test("health reports the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok", cacheSync: process.env.E2E_DATABASE_URL ? "listening" : "single-instance" });
  });
});

test("health says the database is down when it cannot reach it", async ({ request }) => {
  const port = Number(process.env.E2E_PORT ?? 3100) + 1;
  const response = await request.get(`http://127.0.0.1:${port}/api/health`);
  expect(response.status()).toBe(503);
  expect(await response.json()).toMatchObject({ status: "degraded", database: "down" });
});
