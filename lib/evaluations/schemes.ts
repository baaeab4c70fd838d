// Schemes as the domain sees them: database rows turned into plain SchemeDef values.
import type { SchemeDef } from "@/lib/merit";
import type { Prisma } from "@/lib/generated/prisma/client";

export const schemeInclude = { categories: true, aspects: true, components: true } satisfies Prisma.SchemeInclude;

/** The schemes results may use: drafts are only seen in the scheme editor. */
export const activeScheme = { status: "active" } satisfies Prisma.SchemeWhereInput;
type SchemeRow = Prisma.SchemeGetPayload<{ include: typeof schemeInclude }>;

export function toSchemeDef(s: SchemeRow): SchemeDef {
  return {
    code: s.code,
    name: s.name,
    nameEn: s.nameEn,
    validFromYear: s.validFromYear,
    validToYear: s.validToYear,
    scale: { min: s.scaleMin.toNumber(), max: s.scaleMax.toNumber(), step: s.scaleStep.toNumber() },
    categories: s.categories
      .map((c) => ({
        code: c.code,
        name: c.name,
        nameEn: c.nameEn,
        rank: c.rank,
        lowerBound: c.lowerBound.toNumber(),
        reevaluateAfterYears: c.reevaluateAfterYears,
      }))
      .sort((a, b) => a.rank - b.rank),
    aspects: s.aspects
      .map((a) => ({
        code: a.code,
        name: a.name,
        nameEn: a.nameEn,
        position: a.position,
        maxScore: a.maxScore?.toNumber() ?? null,
      }))
      .sort((a, b) => a.position - b.position),
    provisional: s.provisional,
    components: s.components
      .map((c) => ({
        code: c.code,
        name: c.name,
        nameEn: c.nameEn,
        position: c.position,
        weightPercent: c.weightPercent?.toNumber() ?? null,
        subtracted: c.subtracted,
      }))
      .sort((a, b) => a.position - b.position),
  };
}
