// Everything public about one institution: registry facts, schemes in play and its
// published evaluations with evidence, as plain serialisable values.
import type { Db } from "@/lib/db";
import { compareRounds, type EvaluationStatus, type Evaluator, type SchemeDef } from "@/lib/merit";
import { schemeInclude, toSchemeDef } from "@/lib/evaluations/schemes";

export type SourceView = {
  url: string | null;
  publisher: string | null;
  title: string | null;
  publishedAt: string | null;
  documentRef: string | null;
};

/** The round a result was announced in. */
export type RoundRef = { code: string; year: number; evaluator: Evaluator; announcedOn: string | null; name: string; nameEn: string };

export type EvaluationView = {
  round: RoundRef;
  year: number;
  schemeCode: string;
  status: EvaluationStatus;
  notEvaluatedReason: string | null;
  score: number | null;
  selfAssessedScore: number | null;
  category: { code: string; name: string; nameEn: string; rank: number } | null;
  announcedAt: string | null;
  evaluator: string | null;
  verified: boolean;
  note: string | null;
  sources: SourceView[];
  aspectScores: { code: string; name: string; nameEn: string; score: number; maxScore: number | null }[];
  subScores: { code: string; name: string; value: number; scaleMax: number | null; label: string | null }[];
};

export type InstitutionProfile = {
  slug: string;
  name: string;
  shortName: string | null;
  type: string;
  status: string;
  note: string | null;
  kemendagriCode: string | null;
  province: { code: string; name: string; slug: string } | null;
  aliases: string[];
  successors: { slug: string; name: string }[];
  predecessors: { slug: string; name: string }[];
  schemes: SchemeDef[];
  evaluations: EvaluationView[];
};

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export async function loadInstitutionProfile(db: Db, slug: string): Promise<InstitutionProfile | null> {
  const inst = await db.institution.findUnique({
    where: { slug },
    include: {
      province: true,
      aliases: { orderBy: { alias: "asc" } },
      successors: { select: { slug: true, name: true } },
      predecessors: { select: { slug: true, name: true } },
      evaluations: {
        where: { publication: "published" },
        orderBy: { year: "asc" },
        include: {
          round: { select: { code: true, year: true, evaluator: true, announcedOn: true, name: true, nameEn: true } },
          scheme: { select: { code: true } },
          category: true,
          sources: { orderBy: { position: "asc" } },
          aspectScores: { include: { aspect: true } },
          subScores: { orderBy: { code: "asc" } },
        },
      },
    },
  });
  if (!inst) return null;
  const schemeIds = [...new Set(inst.evaluations.map((e) => e.schemeId))];
  const schemes = await db.scheme.findMany({ where: { id: { in: schemeIds } }, include: schemeInclude });
  return {
    slug: inst.slug,
    name: inst.name,
    shortName: inst.shortName,
    type: inst.type,
    status: inst.status,
    note: inst.note,
    kemendagriCode: inst.kemendagriCode,
    province: inst.province,
    aliases: inst.aliases.map((a) => a.alias).filter((a) => a !== inst.name),
    successors: inst.successors,
    predecessors: inst.predecessors,
    schemes: schemes.map(toSchemeDef),
    // Oldest first: by year, then by the day each round was announced.
    evaluations: [...inst.evaluations]
      .sort((a, b) => compareRounds({ ...a.round, announcedOn: isoDate(a.round.announcedOn) }, { ...b.round, announcedOn: isoDate(b.round.announcedOn) }))
      .map((e) => ({
        round: { ...e.round, announcedOn: isoDate(e.round.announcedOn) },
        year: e.year,
        schemeCode: e.scheme.code,
        status: e.status,
        notEvaluatedReason: e.notEvaluatedReason,
        score: e.score?.toNumber() ?? null,
        selfAssessedScore: e.selfAssessedScore?.toNumber() ?? null,
        category: e.category ? { code: e.category.code, name: e.category.name, nameEn: e.category.nameEn, rank: e.category.rank } : null,
        announcedAt: isoDate(e.announcedAt),
        evaluator: e.evaluator,
        verified: e.verifiedAt != null,
        note: e.note,
        sources: e.sources.map((s) => ({
          url: s.url,
          publisher: s.publisher,
          title: s.title,
          publishedAt: isoDate(s.publishedAt),
          documentRef: s.documentRef,
        })),
        aspectScores: e.aspectScores
          .sort((a, b) => a.aspect.position - b.aspect.position)
          .map((a) => ({
            code: a.aspect.code,
            name: a.aspect.name,
            nameEn: a.aspect.nameEn,
            score: a.score.toNumber(),
            maxScore: a.aspect.maxScore?.toNumber() ?? null,
          })),
        subScores: e.subScores.map((s) => ({
          code: s.code,
          name: s.name,
          value: s.value.toNumber(),
          scaleMax: s.scaleMax?.toNumber() ?? null,
          label: s.label,
        })),
      })),
  };
}
