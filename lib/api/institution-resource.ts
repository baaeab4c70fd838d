// The public JSON shape of one institution: stable field names, plain values.
import type { InstitutionProfile } from "@/lib/queries/institution-profile";

export function institutionResource(p: InstitutionProfile) {
  return {
    slug: p.slug,
    name: p.name,
    shortName: p.shortName,
    type: p.type,
    status: p.status,
    kemendagriCode: p.kemendagriCode,
    province: p.province ? { code: p.province.code, name: p.province.name } : null,
    aliases: p.aliases,
    successors: p.successors,
    evaluations: p.evaluations.map((e) => ({
      year: e.year,
      scheme: e.schemeCode,
      status: e.status,
      notEvaluatedReason: e.notEvaluatedReason,
      score: e.score,
      selfAssessedScore: e.selfAssessedScore,
      category: e.category?.name ?? null,
      categoryCode: e.category?.code ?? null,
      announcedAt: e.announcedAt,
      evaluator: e.evaluator,
      verified: e.verified,
      aspectScores: e.aspectScores.map((a) => ({ aspect: a.code, score: a.score })),
      subScores: e.subScores.map((s) => ({ code: s.code, name: s.name, value: s.value })),
      sources: e.sources,
    })),
  };
}
