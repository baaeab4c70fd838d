// Which stored results a new definition of their scheme would make invalid: a year it no
// longer covers, a score off its scale or step, a category it no longer defines or whose
// band no longer holds the score, an aspect gone or an aspect score above its new maximum.
// A change of an active scheme is refused while this list is not empty.
import { describeProblem } from "./messages";
import { checkCategoryAgreement, checkScore } from "./score";
import type { SchemeDef } from "./types";

export type StoredResult = {
  institutionName: string;
  year: number;
  score: number | null;
  selfAssessedScore: number | null;
  categoryCode: string | null;
  aspectScores: Record<string, number>;
};

export type BrokenResult = { institutionName: string; year: number; reasons: string[] };

export function resultsBrokenBy(scheme: SchemeDef, results: StoredResult[]): BrokenResult[] {
  const broken: BrokenResult[] = [];
  for (const r of results) {
    const reasons: string[] = [];
    if (r.year < scheme.validFromYear || (scheme.validToYear != null && r.year > scheme.validToYear)) {
      reasons.push(`tahun ${r.year} tidak lagi dalam masa berlaku`);
    }
    const scoreProblem = r.score != null ? checkScore(scheme, r.score) : null;
    if (scoreProblem) reasons.push(lower(describeProblem(scoreProblem, "id")));
    if (r.selfAssessedScore != null) {
      const selfProblem = checkScore(scheme, r.selfAssessedScore);
      if (selfProblem) reasons.push(`nilai mandiri: ${lower(describeProblem(selfProblem, "id"))}`);
    }
    if (r.categoryCode != null) {
      if (!scheme.categories.some((c) => c.code === r.categoryCode)) reasons.push(`kategori "${r.categoryCode}" tidak lagi ada`);
      else if (!scoreProblem) {
        const agreement = checkCategoryAgreement(scheme, r.score, r.categoryCode);
        if (!agreement.ok) reasons.push(lower(describeProblem(agreement.problem, "id")));
      }
    }
    for (const [code, value] of Object.entries(r.aspectScores)) {
      const aspect = scheme.aspects.find((a) => a.code === code);
      if (!aspect) reasons.push(`aspek "${code}" tidak lagi ada`);
      else if (aspect.maxScore != null && value > aspect.maxScore) reasons.push(`nilai aspek ${aspect.name} ${value} melebihi maksimum baru ${aspect.maxScore}`);
    }
    if (reasons.length) broken.push({ institutionName: r.institutionName, year: r.year, reasons });
  }
  return broken.sort((a, b) => a.institutionName.localeCompare(b.institutionName, "id") || a.year - b.year);
}

/** "Kota Bandung 2023 (…); Provinsi Jawa Barat 2024 (…)" — the first few, then how many more. */
export function describeBroken(broken: BrokenResult[], shown = 10): string {
  const listed = broken.slice(0, shown).map((b) => `${b.institutionName} ${b.year} (${b.reasons.join("; ")})`);
  const more = broken.length > shown ? ` dan ${broken.length - shown} hasil lain` : "";
  return `${listed.join("; ")}${more}`;
}

const lower = (s: string) => (s.endsWith(".") ? s.slice(0, -1) : s).replace(/^./, (c) => c.toLowerCase());
