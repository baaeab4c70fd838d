import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";
import { rankText } from "./rank-text";

const tr = (locale: "id" | "en") => createTranslator({ locale, messages: locale === "id" ? id : en, namespace: "institution" });

describe("rankText", () => {
  it("counts the others in a tie, not the institution itself (Indonesian)", () => {
    const t = tr("id");
    expect(rankText(t, { position: 1, of: 2, ties: 2 }, { type: "kota" })).toBe("peringkat 1 (seri dengan 1 kota lain) dari 2 kota secara nasional");
    expect(rankText(t, { position: 2, of: 5, ties: 3 }, { type: "kota", province: "Jawa Tengah" })).toBe("peringkat 2 (seri dengan 2 kota lain) dari 5 kota di Jawa Tengah");
    expect(rankText(t, { position: 3, of: 9, ties: 1 }, { type: "kabupaten" })).toBe("peringkat 3 dari 9 kabupaten secara nasional");
  });

  it("says the same in English, with one other or several", () => {
    const t = tr("en");
    expect(rankText(t, { position: 1, of: 2, ties: 2 }, { type: "cities" })).toBe("rank 1 (tied with 1 other) of 2 cities nationally");
    expect(rankText(t, { position: 2, of: 5, ties: 3 }, { type: "cities", province: "Central Java" })).toBe("rank 2 (tied with 2 others) of 5 cities in Central Java");
    expect(rankText(t, { position: 3, of: 9, ties: 1 }, { type: "regencies" })).toBe("rank 3 of 9 regencies nationally");
  });
});
