// Evaluation schemes are data: seeded from their definitions, read back by the app.
import type { Db } from "../../lib/db";
import { MERIT_2019, MERIT_2026, type SchemeDef } from "../../lib/merit";

const DESCRIPTIONS: Record<string, string> = {
  "merit-2019": "Skala 0–400 dengan kelipatan 0,5; empat kategori; instansi berkategori Sangat Baik dievaluasi dua tahun sekali.",
  "merit-2026": "PermenPANRB 19/2025: indeks sekitar 0–1, lima tingkat. Batas tingkat berasal dari sumber sekunder dan belum terkonfirmasi.",
};

export const SEED_SCHEMES: SchemeDef[] = [MERIT_2019, MERIT_2026];

export async function seedSchemes(db: Db) {
  for (const s of SEED_SCHEMES) {
    await db.$transaction(async (tx) => {
      const existing = await tx.scheme.findUnique({ where: { code: s.code } });
      if (existing) return;
      await tx.scheme.create({
        data: {
          code: s.code,
          name: s.name,
          nameEn: s.nameEn ?? s.name,
          validFromYear: s.validFromYear,
          validToYear: s.validToYear,
          scaleMin: s.scale.min,
          scaleMax: s.scale.max,
          scaleStep: s.scale.step,
          description: DESCRIPTIONS[s.code] ?? null,
          status: "active",
          provisional: s.provisional ?? false,
          categories: {
            create: s.categories.map((c) => ({
              code: c.code,
              name: c.name,
              nameEn: c.nameEn,
              rank: c.rank,
              lowerBound: c.lowerBound,
              reevaluateAfterYears: c.reevaluateAfterYears,
            })),
          },
          aspects: {
            create: s.aspects.map((a) => ({
              code: a.code,
              name: a.name,
              nameEn: a.nameEn,
              position: a.position,
              maxScore: a.maxScore,
            })),
          },
          components: { create: s.components ?? [] },
        },
      });
    });
  }
  return SEED_SCHEMES.length;
}
