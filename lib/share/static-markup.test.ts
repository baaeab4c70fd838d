import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StaticTrajectoryChart } from "@/components/charts/static-trajectory-chart";
import type { TrajectoryChartData } from "@/components/charts/trajectory-types";
import { escapeHtml, staticMarkup } from "./static-markup";

const chart: TrajectoryChartData = {
  slots: [2021, 2022, 2023].map((year) => ({ key: String(year), year, label: String(year) })),
  domain: [100, 400],
  yTicks: [
    { value: 175, label: "175" },
    { value: 250, label: "250" },
  ],
  bands: [
    { from: 100, to: 250, name: "Baik", rank: 1, levels: 2 },
    { from: 250, to: 400, name: "Sangat Baik", rank: 2, levels: 2 },
  ],
  series: [
    {
      key: "kota-a",
      name: `Kota "A" <&>`,
      color: "#1f2937",
      dash: "4 2",
      shape: "circle",
      categoryShape: "diamond",
      points: [
        { year: 2021, slot: "2021", score: 200, categoryOnly: null, categoryName: "Baik", status: "evaluated", description: "Baik, 200", lone: false, dx: 0 },
        { year: 2022, slot: "2022", score: null, categoryOnly: null, categoryName: null, status: "missing", description: "Tidak ada data", lone: false, dx: 0 },
        { year: 2023, slot: "2023", score: null, categoryOnly: 325, categoryName: "Sangat Baik", status: "evaluated", description: "Sangat Baik", lone: true, dx: 3 },
      ],
    },
  ],
  gaps: [{ year: 2022, slot: "2022", label: "Tidak ada data" }],
  schemeBreaks: ["2023"],
  labels: { schemeBreak: "Skema baru" },
};

describe("staticMarkup", () => {
  it("draws the server-drawn trajectory chart exactly as React's own renderer does", () => {
    const element = h(StaticTrajectoryChart, { data: chart, title: "Lintasan <Kota A>" });
    expect(staticMarkup(element)).toBe(renderToStaticMarkup(element));
  });

  it("escapes text and attribute values", () => {
    const element = h("p", { title: `"x" & <y>`, "data-x": "1" }, "<script>alert('x')</script>", null, false, 3);
    expect(staticMarkup(element)).toBe(renderToStaticMarkup(element));
    expect(escapeHtml(`<'">&`)).toBe("&lt;&#x27;&quot;&gt;&amp;");
  });

  it("refuses what it cannot draw without a React runtime", () => {
    const Async = async () => h("p", null, "later");
    expect(() => staticMarkup(h(Async))).toThrow(/async/);
  });
});
