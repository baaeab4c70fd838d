// Problems in words, in Indonesian (with 264,5 style numbers) and English.
import type { CategoryProblem } from "./score";

type Locale = "id" | "en";

const num = (n: number, locale: Locale) => new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB", { maximumFractionDigits: 3, useGrouping: false }).format(n);

export function describeProblem(problem: CategoryProblem, locale: Locale): string {
  const n = (v: number) => num(v, locale);
  const id = locale === "id";
  switch (problem.code) {
    case "not_a_number":
      return id ? "Nilai harus berupa angka." : "The score must be a number.";
    case "below_min":
      return id ? `Nilai di bawah batas minimum ${n(problem.min)}.` : `The score is below the minimum of ${n(problem.min)}.`;
    case "above_max":
      return id ? `Nilai melebihi batas maksimum ${n(problem.max)}.` : `The score is above the maximum of ${n(problem.max)}.`;
    case "off_step": {
      const [a, b] = problem.nearest;
      return id
        ? `Nilai ${n(problem.score)} tidak sesuai kelipatan ${n(problem.step)} (terdekat: ${n(a)} atau ${n(b)}).`
        : `The score ${n(problem.score)} is not a multiple of ${n(problem.step)} (nearest: ${n(a)} or ${n(b)}).`;
    }
    case "unknown_category":
      return id
        ? `Kategori "${problem.given}" tidak dikenal. Pilihan: ${problem.known.join(", ")}.`
        : `Unknown category "${problem.given}". Choose one of: ${problem.known.join(", ")}.`;
    case "category_mismatch":
      return id
        ? `Kategori "${problem.given.name}" tidak sesuai dengan nilai ${n(problem.score)}; seharusnya ${problem.expected.name}.`
        : `Category "${problem.given.name}" does not match the score ${n(problem.score)}; it should be ${problem.expected.name}.`;
  }
}
