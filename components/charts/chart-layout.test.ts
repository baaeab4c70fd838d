import { describe, expect, it } from "vitest";
import { MARKER_RADIUS, PLOT, nudges, placeMarkers, slotCentre, valueOffset, valueTicks, yearRange } from "./chart-layout";

const point = (score: number | null, categoryOnly: number | null = null) => ({ score, categoryOnly, lone: false, dx: 0 });
const DOMAIN: [number, number] = [0, 400];

describe("the value axis", () => {
  it("ticks the scale's ends and each band's lower limit, as the bands are drawn", () => {
    const bands = [{ from: 0 }, { from: 175 }, { from: 250 }, { from: 325 }];
    expect(valueTicks(bands, DOMAIN, (v) => v.toLocaleString("id-ID")).map((t) => t.label)).toEqual(["0", "175", "250", "325", "400"]);
    expect(valueTicks([{ from: 0 }, { from: 0.5 }], [0, 1.25], (v) => v.toLocaleString("id-ID")).map((t) => t.label)).toEqual(["0", "0,5", "1,25"]);
  });

  it("leaves room above the plot for the largest marker at the top of the scale", () => {
    expect(valueOffset(DOMAIN, 400)).toBe(0);
    expect(PLOT.top).toBeGreaterThanOrEqual(MARKER_RADIUS.lone + 1);
  });
});

describe("the year axis", () => {
  it("gives every year from the first to the last its own equal slot", () => {
    const years = yearRange([2024, 2021]);
    expect(years).toEqual([2021, 2022, 2023, 2024]);
    expect(years.map((_, i) => slotCentre(years.length, i))).toEqual([12.5, 37.5, 62.5, 87.5]);
  });
});

describe("markers", () => {
  it("spread markers of different series that would cover each other, and leave the others", () => {
    // Pekalongan 178,5, Palangka Raya 181, Malang 256,5 in 2021.
    expect(nudges([178.5, 181, 256.5], DOMAIN)).toEqual([-5, 5, 0]);
    expect(nudges([300, null, 301, 302], DOMAIN)).toEqual([-10, 0, 0, 10]);
    expect(nudges([100, 300], DOMAIN)).toEqual([0, 0]);
  });

  it("are lone when no line reaches them, and category-only years are nudged too", () => {
    const [a, b] = placeMarkers([{ points: [point(178.5), point(264.5), point(null, 362.5)] }, { points: [point(181), point(null), point(null, 362.5)] }], DOMAIN);
    expect(a.points.map((p) => p.lone)).toEqual([false, false, false]);
    expect(b.points.map((p) => p.lone)).toEqual([true, false, false]);
    expect([a.points[0].dx, b.points[0].dx]).toEqual([-5, 5]);
    expect([a.points[2].dx, b.points[2].dx]).toEqual([-5, 5]);
    expect([a.points[1].dx, b.points[1].dx]).toEqual([0, 0]);
  });
});
