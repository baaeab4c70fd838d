// The demo results: every row of prisma/data/awards-public.csv, published with its source,
// plus the years the biennial rule explains (Kota Pekalongan 2024), and the ceremonies.
import type { Db } from "../../lib/db";
import type { Evaluator } from "../../lib/merit";
import { normalizeName } from "../../lib/registry/names";
import { dataFile } from "./files";
import { readCsv } from "./registry";


// Results handed out at a provincial ceremony rather than the national one.
const PROVINCIAL_AWARDS = new Set(["pekalongan.xyz/pemkab-pekalongan-raih-anugerah-meritokrasi-provinsi-jateng-tahun-2022-246.html"]);

// Years without an evaluation that are documented facts, not missing data.
const NOT_EVALUATED = [{ slug: "kota-pekalongan", year: 2024, reason: "biennial_cycle" as const }];

function evaluatorFor(year: number, url: string): Evaluator {
  if (PROVINCIAL_AWARDS.has(url.replace(/^https?:\/\/(www\.)?/, ""))) return "bkd_provinsi";
  return year <= 2023 ? "kasn" : "kemenpanrb_bkn"; // KASN was dissolved in 2024
}

/** Many news addresses carry their date: /2022/12/04/ or /20221209/. */
export function dateFromUrl(url: string): Date | null {
  const m = url.match(/\/(20\d\d)\/(\d\d)\/(\d\d)\//) ?? url.match(/\/(20\d\d)(\d\d)(\d\d)\//);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) || d.getUTCMonth() !== Number(m[2]) - 1 ? null : d;
}

export function publisherFromUrl(url: string): string {
  return new URL(url).hostname.replace(/^(www|m|amp)\./, "");
}

export async function seedEvaluations(db: Db) {
  const rows = readCsv(dataFile("awards-public.csv"));
  const ceremonies = new Map(readCsv(dataFile("ceremonies.csv")).map((c) => [Number(c.round_year), c.ceremony_date]));
  const schemes = await db.scheme.findMany({ include: { categories: true } });
  const aliases = await db.institutionAlias.findMany({ select: { normalized: true, institutionId: true } });
  const institutionOf = new Map<string, Set<string>>();
  for (const a of aliases) {
    institutionOf.set(a.normalized, (institutionOf.get(a.normalized) ?? new Set()).add(a.institutionId));
  }
  const resolve = (name: string) => {
    const ids = [...(institutionOf.get(normalizeName(name)) ?? [])];
    if (ids.length !== 1) throw new Error(`Demo row names "${name}", which matches ${ids.length} institutions`);
    return ids[0];
  };
  const schemeFor = (year: number) => {
    const s = schemes.find((x) => x.validFromYear <= year && (x.validToYear == null || year <= x.validToYear));
    if (!s) throw new Error(`No scheme covers ${year}`);
    return s;
  };

  let created = 0;
  await db.$transaction(
    async (tx) => {
      for (const r of rows) {
        const year = Number(r.year);
        const institutionId = resolve(r.institution_name);
        if (await tx.evaluation.findUnique({ where: { institutionId_year: { institutionId, year } } })) continue;
        const scheme = schemeFor(year);
        const category = scheme.categories.find((c) => normalizeName(c.name) === normalizeName(r.category));
        if (!category) throw new Error(`Unknown category "${r.category}" for ${r.institution_name} ${year}`);
        const evaluator = evaluatorFor(year, r.source_url);
        const announced = evaluator === "bkd_provinsi" ? null : ceremonies.get(year);
        await tx.evaluation.create({
          data: {
            institutionId,
            year,
            schemeId: scheme.id,
            status: "evaluated",
            score: r.score ? r.score : null,
            categoryId: category.id,
            evaluator,
            announcedAt: announced ? new Date(`${announced}T00:00:00Z`) : null,
            publication: "published",
            sources: {
              create: [{ position: 0, url: r.source_url, publisher: publisherFromUrl(r.source_url), publishedAt: dateFromUrl(r.source_url) }],
            },
          },
        });
        created++;
      }
      for (const n of NOT_EVALUATED) {
        const inst = await tx.institution.findUniqueOrThrow({ where: { slug: n.slug } });
        if (await tx.evaluation.findUnique({ where: { institutionId_year: { institutionId: inst.id, year: n.year } } })) continue;
        await tx.evaluation.create({
          data: {
            institutionId: inst.id,
            year: n.year,
            schemeId: schemeFor(n.year).id,
            status: "not_evaluated",
            notEvaluatedReason: n.reason,
            publication: "published",
            note: "Berkategori Sangat Baik pada 2023, sehingga dievaluasi kembali dua tahun kemudian.",
          },
        });
        created++;
      }
    },
    { timeout: 60_000 },
  );
  return { rows: rows.length + NOT_EVALUATED.length, created };
}

export async function seedCeremonies(db: Db) {
  const rows = readCsv(dataFile("ceremonies.csv"));
  const num = (v: string) => (v ? Number(v) : null);
  await db.ceremony.createMany({
    data: rows.map((c) => ({
      roundYear: Number(c.round_year),
      date: new Date(`${c.ceremony_date}T00:00:00Z`),
      city: c.city,
      venue: c.venue || null,
      evaluator: c.evaluator,
      sangatBaikCount: num(c.sangat_baik_count),
      baikCount: num(c.baik_count),
      totalCount: num(c.total_baik_or_better),
      breakdown: c.breakdown || null,
      sourceUrl: c.source_url,
      notes: c.notes || null,
    })),
    skipDuplicates: true,
  });
  return rows.length;
}
