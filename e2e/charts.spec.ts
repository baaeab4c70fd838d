// The trajectory charts as a reader meets them: the drawing the server sends and the
// interactive chart that replaces it must look the same (same ticks, same marks in the same
// places) on a phone and on a desktop; each year has its own tooltip; tapping leaves no
// focus box behind; the compare chart draws every result, as the institution page does.
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { expectAccessible } from "./fixtures";

const YEAR_TICK = '.recharts-cartesian-axis-tick-value[text-anchor="middle"]';
const visible = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true }).first();

/** Where each tick label and mark sits in a chart, relative to its box, keyed by what it is. */
async function geometry(chart: Locator) {
  return chart.evaluate((figure) => {
    const origin = figure.getBoundingClientRect();
    const place = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2 - origin.x, y: r.y + r.height / 2 - origin.y, w: r.width, h: r.height };
    };
    const out: Record<string, { x: number; y: number; w: number; h: number }> = {};
    const ticks = figure.querySelectorAll("[data-tick], .recharts-cartesian-axis-tick-value");
    for (const t of ticks) {
      // Value labels end at the axis; year labels are centred under their slot.
      const axis = t.getAttribute("data-tick") ?? (t.getAttribute("text-anchor") === "end" ? "y" : "x");
      out[`tick ${axis} ${t.textContent}`] = place(t);
    }
    for (const m of figure.querySelectorAll("[data-point]")) {
      out[`mark ${m.getAttribute("data-series")} ${m.getAttribute("data-year")} ${m.getAttribute("data-point")}`] = place(m);
    }
    return { box: { w: origin.width, h: origin.height }, out };
  });
}

type Geometry = Awaited<ReturnType<typeof geometry>>;

function expectSameLayout(drawn: Geometry, woken: Geometry) {
  expect(woken.box).toEqual(drawn.box);
  expect(Object.keys(woken.out).sort()).toEqual(Object.keys(drawn.out).sort());
  for (const [key, a] of Object.entries(drawn.out)) {
    const b = woken.out[key];
    // Half-pixel rounding and font hinting aside, each label and mark is where it was.
    for (const k of ["x", "y", "w", "h"] as const) expect(Math.abs(a[k] - b[k]), `${key} ${k}: ${a[k]} → ${b[k]}`).toBeLessThanOrEqual(1.5);
  }
}

/** The chart as the server draws it (no JavaScript at all), at one viewport width. */
async function serverDrawing(browser: Browser, url: string, testId: string, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  const chart = visible(page, testId);
  await expect(chart).toHaveAttribute("data-chart", "static");
  const drawn = await geometry(chart);
  await context.close();
  return drawn;
}

for (const width of [390, 1280]) {
  const phone = width < 500;
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 }, hasTouch: phone, isMobile: phone });

    test("the institution chart keeps its look when it wakes, and tapping leaves no focus box", async ({ page, browser }) => {
      const url = "/instansi/kota-pekalongan";
      const drawn = await serverDrawing(browser, url, "trajectory-chart", width);
      expect(
        Object.keys(drawn.out)
          .filter((k) => k.startsWith("tick y"))
          .map((k) => k.slice(7)),
      ).toEqual(["0", "175", "250", "325", "400"]);

      await page.goto(url);
      const chart = visible(page, "trajectory-chart");
      if (phone) await chart.tap();
      else await chart.hover();
      await expect(chart.locator("svg.recharts-surface")).toBeVisible();
      expectSameLayout(drawn, await geometry(chart));

      // A second tap lands on the woken chart: nothing in it shows a focus outline.
      if (phone) await chart.tap();
      else await chart.click();
      const outlined = await chart.evaluate(
        (figure) => [figure, ...figure.querySelectorAll("*")].filter((el) => el.matches(":focus") && getComputedStyle(el).outlineStyle !== "none").length,
      );
      expect(outlined).toBe(0);
    });

    test("the compare chart keeps its look when it wakes", async ({ page, browser }) => {
      const url = "/bandingkan?i=kota-pekalongan,kota-palangka-raya,kota-malang";
      const drawn = await serverDrawing(browser, url, "compare-chart", width);
      await page.goto(url);
      const chart = visible(page, "compare-chart");
      await expect(chart.locator("svg.recharts-surface")).toBeVisible();
      expectSameLayout(drawn, await geometry(chart));
      if (phone) await chart.tap();
      else await chart.click();
      expect(await chart.evaluate((f) => [...f.querySelectorAll("*")].filter((el) => el.matches(":focus") && getComputedStyle(el).outlineStyle !== "none").length)).toBe(0);
    });
  });
}

test("the institution chart has one tooltip per year, the gap year included", async ({ page }) => {
  await page.goto("/instansi/kota-pekalongan");
  const chart = visible(page, "trajectory-chart");
  await chart.hover();
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  const expected: [string, string][] = [
    ["2021", "Kurang, nilai 178,5"],
    ["2022", "Baik, nilai 264,5"],
    ["2023", "Sangat Baik, nilai 327"],
    ["2024", "Tidak dievaluasi (siklus dua tahunan)"],
    ["2025", "Sangat Baik (nilai tidak dipublikasikan)"],
  ];
  const box = (await chart.boundingBox())!;
  for (const [year, text] of expected) {
    const tick = (await chart.locator(YEAR_TICK, { hasText: year }).boundingBox())!;
    // On the year's dashed rule or beside it, still that year.
    for (const dx of [0, 12]) {
      await page.mouse.move(tick.x + tick.width / 2 + dx, box.y + box.height / 2);
      const tooltip = chart.getByTestId("chart-tooltip");
      await expect(tooltip).toContainText(year);
      await expect(tooltip).toContainText(text);
    }
  }
});

test("keyboard focus rings the chart itself", async ({ page }) => {
  await page.goto("/instansi/kota-pekalongan");
  const chart = visible(page, "trajectory-chart");
  await chart.hover();
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  await page.getByRole("button", { name: "Grafik PNG" }).focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(chart.locator("svg.recharts-surface")).toBeFocused();
  expect(await chart.evaluate((f) => getComputedStyle(f).outlineStyle)).toBe("solid");
});

test("the compare chart draws every result with a solid marker of its own shape, and Indonesian numbers", async ({ page }) => {
  await page.goto("/bandingkan?i=kota-pekalongan,kota-palangka-raya,kota-malang");
  const chart = visible(page, "compare-chart");
  await expect(chart.locator("svg.recharts-surface")).toBeVisible();
  const mark = (series: string, year: number, kind: string) => chart.locator(`[data-series="${series}"][data-year="${year}"][data-point="${kind}"]`);

  // Palangka Raya 2024 stands alone: solid in its colour, larger than a joined point.
  const lone = mark("kota-palangka-raya", 2024, "score");
  await expect(lone).toHaveCount(1);
  const loneFill = await lone.getAttribute("fill");
  await expect(lone).not.toHaveAttribute("stroke-dasharray", /.+/);
  expect(loneFill).not.toBe("#ffffff");
  const joined = mark("kota-pekalongan", 2022, "score");
  expect((await lone.boundingBox())!.width).toBeGreaterThan((await joined.boundingBox())!.width);
  // Each series its own shape.
  expect(await lone.evaluate((e) => e.tagName)).toBe("path");
  expect(await joined.evaluate((e) => e.tagName)).toBe("circle");

  // Pekalongan 2025 has a category only: drawn hollow in its band, as on the institution page.
  await expect(mark("kota-pekalongan", 2025, "category")).toHaveCount(1);
  await expect(mark("kota-pekalongan", 2025, "category")).toHaveAttribute("fill", "#ffffff");
  // Its 2024 was not evaluated: the year is marked, and whose it was.
  await expect(chart.locator(".recharts-reference-line", { hasText: "Tidak dievaluasi" })).toHaveCount(1);
  await expect(mark("kota-pekalongan", 2024, "not-evaluated")).toHaveCount(1);

  // Palangka Raya 2021 (181) and Pekalongan 2021 (178,5) are both visible, side by side.
  const a = (await mark("kota-palangka-raya", 2021, "score").boundingBox())!;
  const b = (await mark("kota-pekalongan", 2021, "score").boundingBox())!;
  expect(Math.abs(a.x + a.width / 2 - (b.x + b.width / 2))).toBeGreaterThanOrEqual(Math.max(a.width, b.width) / 2);

  // Same value axis as the institution page: the band limits.
  await expect(chart.locator('.recharts-cartesian-axis-tick-value[text-anchor="end"]')).toHaveText(["0", "175", "250", "325", "400"]);

  // The tooltip writes numbers as the page does.
  const tick = (await chart.locator(YEAR_TICK, { hasText: "2022" }).boundingBox())!;
  const box = (await chart.boundingBox())!;
  await page.mouse.move(tick.x + tick.width / 2, box.y + box.height / 2);
  await expect(chart.getByTestId("chart-tooltip")).toContainText("Kota Malang: Baik, nilai 291,5");
  await expectAccessible(page);
});

test("every year the institution chart marks is a row of its table", async ({ page }) => {
  await page.goto("/instansi/provinsi-jawa-timur");
  const chart = visible(page, "trajectory-chart");
  const table = page.getByRole("table", { name: /Provinsi Jawa Timur/ });
  for (const year of [2022, 2023]) {
    await expect(chart.locator(`[data-gap="${year}"]`)).toHaveText("Tidak ada data");
    await expect(table.locator(`tr[data-year="${year}"]`)).toContainText("Tidak ada data");
  }
  await expect(table.locator("tbody tr")).toHaveCount(4);
  await expectAccessible(page);
});
