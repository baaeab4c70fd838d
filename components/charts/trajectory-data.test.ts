import { describe, expect, it } from "vitest";
import { MERIT_2019, MERIT_2026 } from "@/lib/merit";
import { chartScale } from "./trajectory-data";

describe("the bands a chart draws", () => {
  it("say so when the scheme's levels are not official yet", () => {
    expect(chartScale(MERIT_2026, "id", "sementara").bands.map((b) => b.name)).toEqual([
      "Dasar (sementara)", "Lanjutan (sementara)", "Menengah (sementara)", "Tinggi (sementara)", "Maju (sementara)",
    ]);
    expect(chartScale(MERIT_2026, "en", "provisional").bands[4].name).toBe("Advanced (provisional)");
  });

  it("are named plainly when the levels are official", () => {
    expect(chartScale(MERIT_2019, "id", "sementara").bands.map((b) => b.name)).toEqual(["Buruk", "Kurang", "Baik", "Sangat Baik"]);
    expect(chartScale({ ...MERIT_2026, provisional: false }, "id", "sementara").bands[0].name).toBe("Dasar");
  });
});
