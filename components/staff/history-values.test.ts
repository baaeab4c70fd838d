import { describe, expect, it } from "vitest";
import { showValue } from "./history-values";

describe("showValue", () => {
  it("reads codes as the words of the form", () => {
    expect(showValue("status", "not_evaluated")).toBe("Tidak dinilai");
    expect(showValue("evaluator", "kasn")).toBe("KASN");
    // The same words as the public pages: both read them from the message files.
    expect(showValue("evaluator", "kemenpanrb_bkn")).toBe("KemenPAN-RB dan BKN");
    expect(showValue("notEvaluatedReason", "biennial_cycle")).toBe("Siklus dua tahunan");
    expect(showValue("publication", "published")).toBe("Terbit");
    expect(showValue("verified", false)).toBe("Tidak");
  });

  it("writes scores the Indonesian way and years as labels", () => {
    expect(showValue("score", 264.5)).toBe("264,5");
    expect(showValue("year", 2023)).toBe("2023");
    expect(showValue("note", null)).toBe("—");
  });

  it("names sources by title, else by address, and aspect scores by code", () => {
    expect(
      showValue("sources", [
        { url: "https://a.example", title: "Hasil 2023" },
        { url: "https://b.example", title: null },
      ]),
    ).toBe("Hasil 2023; https://b.example");
    expect(showValue("sources", [])).toBe("—");
    expect(showValue("aspectScores", { perencanaan: 20.5 })).toBe("perencanaan: 20,5");
  });
});
