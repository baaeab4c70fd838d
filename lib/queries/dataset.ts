// Reads the published record from the database into a Dataset (plain values only).
import type { Db } from "@/lib/db";
import type { Dataset } from "@/lib/public/dataset";
import { schemeInclude, toSchemeDef } from "./schemes";

export async function loadDataset(db: Db): Promise<Dataset> {
  const [schemes, provinces, institutions, ceremonies, newest] = await Promise.all([
    db.scheme.findMany({ include: schemeInclude, orderBy: { validFromYear: "asc" } }),
    db.province.findMany({ orderBy: { name: "asc" } }),
    db.institution.findMany({
      orderBy: { name: "asc" },
      select: {
        slug: true,
        name: true,
        shortName: true,
        type: true,
        status: true,
        provinceCode: true,
        aliases: { select: { normalized: true } },
        evaluations: {
          where: { publication: "published" },
          orderBy: { year: "asc" },
          select: {
            year: true,
            status: true,
            notEvaluatedReason: true,
            score: true,
            scheme: { select: { code: true } },
            category: { select: { code: true } },
          },
        },
      },
    }),
    db.ceremony.findMany({ orderBy: { roundYear: "asc" } }),
    db.evaluation.findFirst({ where: { publication: "published" }, orderBy: { updatedAt: "desc" }, select: { updatedAt: true } }),
  ]);
  return {
    schemes: schemes.map(toSchemeDef),
    provinces,
    institutions: institutions.map((i) => ({
      slug: i.slug,
      name: i.name,
      shortName: i.shortName,
      type: i.type,
      status: i.status,
      provinceCode: i.provinceCode,
      keys: i.aliases.map((a) => a.normalized),
      evaluations: i.evaluations.map((e) => ({
        year: e.year,
        schemeCode: e.scheme.code,
        status: e.status,
        notEvaluatedReason: e.notEvaluatedReason,
        score: e.score?.toNumber() ?? null,
        categoryCode: e.category?.code ?? null,
      })),
    })),
    ceremonies: ceremonies.map((c) => ({ ...c, date: c.date.toISOString().slice(0, 10) })),
    updatedAt: newest?.updatedAt.toISOString() ?? null,
  };
}
