// The public JSON shape of one institution: stable field names, plain values.
import type { z } from "zod";
import type { InstitutionProfile } from "@/lib/queries/institution-profile";
import type { Institution } from "./contract";

type Resource = z.input<typeof Institution>;

/** Shaped by the Institution schema in the route, which checks the registry's values too. */
export function institutionResource(p: InstitutionProfile): Resource {
  return {
    slug: p.slug,
    name: p.name,
    shortName: p.shortName,
    type: p.type as Resource["type"],
    status: p.status as Resource["status"],
    kemendagriCode: p.kemendagriCode,
    province: p.province ? { code: p.province.code, name: p.province.name } : null,
    aliases: p.aliases,
    successors: p.successors,
    evaluations: p.evaluations.map((e) => ({
      year: e.year,
      round: { code: e.round.code, evaluator: e.round.evaluator, announcedOn: e.round.announcedOn, name: e.round.name, nameEn: e.round.nameEn },
      scheme: e.schemeCode,
      status: e.status,
      notEvaluatedReason: e.notEvaluatedReason as Resource["evaluations"][number]["notEvaluatedReason"],
      score: e.score,
      selfAssessedScore: e.selfAssessedScore,
      category: e.category?.name ?? null,
      categoryCode: e.category?.code ?? null,
      announcedAt: e.announcedAt,
      evaluator: e.evaluator as Resource["evaluations"][number]["evaluator"],
      verified: e.verified,
      aspectScores: e.aspectScores.map((a) => ({ aspect: a.code, score: a.score })),
      subScores: e.subScores.map((s) => ({ code: s.code, name: s.name, value: s.value })),
      sources: e.sources,
    })),
  };
}
