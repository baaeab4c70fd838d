// Loads a dataset document into an empty database in one transaction: all of it or none.
import type { Db } from "@/lib/db";
import { normalizeName } from "@/lib/registry/names";
import type { DatasetDocument } from "./dataset";

export async function restoreDataset(db: Db, doc: DatasetDocument) {
  if (doc.format !== "jejak-merit/dataset" || doc.version !== 2) throw new Error("Berkas ini bukan cadangan data Jejak Merit (versi 2, dengan putaran penilaian).");
  return db.$transaction(
    async (tx) => {
      if ((await tx.institution.count()) > 0 || (await tx.scheme.count()) > 0) {
        throw new Error("Pemulihan cadangan hanya ke basis data yang kosong.");
      }
      await tx.province.createMany({ data: doc.provinces });
      const schemeIds = new Map<string, { id: string; categories: Map<string, string>; aspects: Map<string, string> }>();
      for (const s of doc.schemes) {
        // Backups from before the scheme life cycle hold only schemes that took results: active ones.
        const { categories, aspects, components = [], status = "active", ...columns } = s as typeof s & Partial<Pick<typeof s, "components" | "status">>;
        const row = await tx.scheme.create({
          data: { ...columns, status, categories: { create: categories }, aspects: { create: aspects }, components: { create: components } },
          include: { categories: true, aspects: true },
        });
        schemeIds.set(s.code, {
          id: row.id,
          categories: new Map(row.categories.map((c) => [c.code, c.id])),
          aspects: new Map(row.aspects.map((a) => [a.code, a.id])),
        });
      }
      await tx.institution.createMany({ data: doc.institutions.map(({ aliases: _a, successors: _s, ...i }) => i) });
      const institutions = new Map((await tx.institution.findMany({ select: { id: true, slug: true } })).map((i) => [i.slug, i.id]));
      await tx.institutionAlias.createMany({
        data: doc.institutions.flatMap((i) => i.aliases.map((alias) => ({ institutionId: institutions.get(i.slug)!, alias, normalized: normalizeName(alias) }))),
      });
      for (const i of doc.institutions.filter((i) => i.successors.length)) {
        await tx.institution.update({
          where: { slug: i.slug },
          data: { successors: { connect: i.successors.map((slug) => ({ slug })) } },
        });
      }
      const roundIds = new Map<string, string>();
      for (const { scheme, announcedOn, ...r } of doc.rounds) {
        const row = await tx.evaluationRound.create({
          data: { ...r, schemeId: schemeIds.get(scheme)!.id, announcedOn: announcedOn ? new Date(`${announcedOn}T00:00:00Z`) : null },
        });
        roundIds.set(r.code, row.id);
      }
      for (const e of doc.evaluations) {
        const scheme = schemeIds.get(e.scheme)!;
        await tx.evaluation.create({
          data: {
            institutionId: institutions.get(e.institution)!,
            roundId: roundIds.get(e.round)!,
            year: e.year,
            schemeId: scheme.id,
            status: e.status,
            notEvaluatedReason: e.notEvaluatedReason,
            score: e.score,
            selfAssessedScore: e.selfAssessedScore,
            categoryId: e.category ? scheme.categories.get(e.category)! : null,
            announcedAt: e.announcedAt ? new Date(`${e.announcedAt}T00:00:00Z`) : null,
            evaluator: e.evaluator,
            publication: e.publication,
            verifiedAt: e.verifiedAt ? new Date(e.verifiedAt) : null,
            note: e.note,
            aspectScores: { create: Object.entries(e.aspectScores).map(([code, score]) => ({ aspectId: scheme.aspects.get(code)!, score })) },
            subScores: { create: e.subScores },
            sources: {
              create: e.sources.map((s, position) => ({ ...s, position, publishedAt: s.publishedAt ? new Date(`${s.publishedAt}T00:00:00Z`) : null })),
            },
          },
        });
      }
      return { institutions: doc.institutions.length, evaluations: doc.evaluations.length };
    },
    { timeout: 120_000 },
  );
}
