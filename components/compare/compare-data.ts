// What the compare page shows: a table cell per institution and year (the compared slugs
// come from lib/public/compare-slugs.ts, the chart's series from compare-chart-data.ts).
import type { InstitutionProfile } from "@/lib/queries/institution-profile";

type Cell = {
  score: number | null;
  category: { name: string; nameEn: string; rank: number } | null;
  levels: number;
  notEvaluated: boolean;
};

export function compareData(profiles: InstitutionProfile[]) {
  const years = [...new Set(profiles.flatMap((p) => p.evaluations.map((e) => e.year)))].sort((a, b) => a - b);
  if (!profiles.length || !years.length) return null;
  const schemes = profiles.flatMap((p) => p.schemes);
  const latestCode = profiles.flatMap((p) => p.evaluations).sort((a, b) => b.year - a.year)[0].schemeCode;
  const scheme = schemes.find((s) => s.code === latestCode)!;
  const table = years.map((year) => ({
    year,
    cells: profiles.map((p): Cell => {
      const e = p.evaluations.find((x) => x.year === year);
      const levels = p.schemes.find((s) => s.code === e?.schemeCode)?.categories.length ?? scheme.categories.length;
      return {
        score: e?.score ?? null,
        category: e?.category ?? null,
        levels,
        notEvaluated: e?.status === "not_evaluated",
      };
    }),
  }));
  return { table };
}
