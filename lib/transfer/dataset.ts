// The whole dataset as one plain, ordered document: registry, schemes, evaluations with
// their evidence, the rounds they were announced in. Backups are this document; restoring it gives the same one.
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const num = (d: Prisma.Decimal | null) => (d == null ? null : d.toNumber());
const day = (d: Date | null) => (d == null ? null : d.toISOString().slice(0, 10));
const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

export async function exportDataset(db: Db) {
  const [provinces, schemes, institutions, evaluations, rounds] = await Promise.all([
    db.province.findMany({ orderBy: { code: "asc" } }),
    db.scheme.findMany({
      orderBy: { code: "asc" },
      include: { categories: { orderBy: { rank: "asc" } }, aspects: { orderBy: { position: "asc" } }, components: { orderBy: { position: "asc" } } },
    }),
    db.institution.findMany({ orderBy: { slug: "asc" }, include: { aliases: true, successors: { select: { slug: true } } } }),
    db.evaluation.findMany({
      include: {
        institution: { select: { slug: true } },
        round: { select: { code: true } },
        scheme: { select: { code: true } },
        category: { select: { code: true } },
        aspectScores: { include: { aspect: { select: { code: true } } } },
        subScores: true,
        sources: { orderBy: { position: "asc" } },
      },
    }),
    db.evaluationRound.findMany({ orderBy: { code: "asc" } }),
  ]);
  const schemeCode = new Map(schemes.map((s) => [s.id, s.code]));
  return {
    format: "jejak-merit/dataset" as const,
    version: 2 as const,
    provinces: provinces.map(({ code, name, slug }) => ({ code, name, slug })),
    schemes: schemes.map((s) => ({
      code: s.code,
      name: s.name,
      nameEn: s.nameEn,
      validFromYear: s.validFromYear,
      validToYear: s.validToYear,
      scaleMin: num(s.scaleMin)!,
      scaleMax: num(s.scaleMax)!,
      scaleStep: num(s.scaleStep)!,
      description: s.description,
      status: s.status,
      provisional: s.provisional,
      categories: s.categories.map(({ code, name, nameEn, rank, lowerBound, reevaluateAfterYears }) => ({
        code,
        name,
        nameEn,
        rank,
        lowerBound: num(lowerBound)!,
        reevaluateAfterYears,
      })),
      aspects: s.aspects.map(({ code, name, nameEn, position, maxScore }) => ({ code, name, nameEn, position, maxScore: num(maxScore) })),
      components: s.components.map(({ code, name, nameEn, position, weightPercent, subtracted }) => ({
        code,
        name,
        nameEn,
        position,
        weightPercent: num(weightPercent),
        subtracted,
      })),
    })),
    institutions: institutions.map((i) => ({
      slug: i.slug,
      name: i.name,
      shortName: i.shortName,
      type: i.type,
      status: i.status,
      provinceCode: i.provinceCode,
      kemendagriCode: i.kemendagriCode,
      note: i.note,
      aliases: i.aliases.map((a) => a.alias).sort(),
      successors: i.successors.map((s) => s.slug).sort(),
    })),
    evaluations: evaluations
      .map((e) => ({
        institution: e.institution.slug,
        year: e.year,
        round: e.round.code,
        scheme: e.scheme.code,
        status: e.status,
        notEvaluatedReason: e.notEvaluatedReason,
        score: num(e.score),
        selfAssessedScore: num(e.selfAssessedScore),
        category: e.category?.code ?? null,
        announcedAt: day(e.announcedAt),
        evaluator: e.evaluator,
        publication: e.publication,
        verifiedAt: e.verifiedAt?.toISOString() ?? null,
        note: e.note,
        aspectScores: Object.fromEntries(e.aspectScores.map((a) => [a.aspect.code, a.score.toNumber()] as const).sort(byKey((x) => x[0]))),
        subScores: e.subScores.map((s) => ({ code: s.code, name: s.name, value: s.value.toNumber(), scaleMax: num(s.scaleMax), label: s.label })).sort(byKey((s) => s.code)),
        sources: e.sources.map((s) => ({ url: s.url, title: s.title, publisher: s.publisher, publishedAt: day(s.publishedAt), documentRef: s.documentRef })),
      }))
      .sort(byKey((e) => `${e.institution}\u0000${e.year}\u0000${e.round}`)),
    rounds: rounds.map(({ id: _id, schemeId, announcedOn, ...r }) => ({ ...r, scheme: schemeCode.get(schemeId)!, announcedOn: day(announcedOn) })),
  };
}
export type DatasetDocument = Awaited<ReturnType<typeof exportDataset>>;

/** A fingerprint of the data itself: equal documents, equal hashes. */
export function datasetHash(doc: DatasetDocument): string {
  return createHash("sha256").update(JSON.stringify(doc)).digest("hex");
}
