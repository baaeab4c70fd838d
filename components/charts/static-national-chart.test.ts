import { describe, expect, it } from "vitest";
import { niceStep } from "./static-national-chart";

describe("the national chart's value ticks", () => {
  it("count in ones up to four", () => {
    expect([1, 2, 3, 4].map(niceStep)).toEqual([1, 1, 1, 1]);
  });

  it("step by 1, 2 or 5 × 10ⁿ into at most four parts", () => {
    expect(niceStep(6)).toBe(2);
    expect(niceStep(8)).toBe(2);
    expect(niceStep(9)).toBe(5);
    expect(niceStep(20)).toBe(5);
    expect(niceStep(21)).toBe(10);
    expect(niceStep(530)).toBe(200);
    expect(niceStep(10_000)).toBe(5000);
  });

  it("always covers the largest bar in at most four steps", () => {
    for (let max = 1; max <= 5000; max += 7) expect(Math.ceil(max / niceStep(max))).toBeLessThanOrEqual(4);
  });
});
