// The demo results: every row of prisma/data/awards-public.csv, published with its source,
// plus the years the biennial rule explains (Kota Pekalongan 2024), and the rounds they were
// announced in (prisma/data/ceremonies.csv, one row per national or regional handover).
import type { Db } from "../../lib/db";
import { defaultEvaluator, roundCode, type Evaluator } from "../../lib/merit";
import { roundNames } from "../../lib/evaluations/rounds";
import { parseEvaluator } from "../../lib/import/values";
import { normalizeName } from "../../lib/registry/names";
import { dataFile } from "./files";
import { readCsv } from "./registry";

// Results handed out at a provincial ceremony rather than the national one.
const PROVINCIAL_AWARDS = new Set(["pekalongan.xyz/pemkab-pekalongan-raih-anugerah-meritokrasi-provinsi-jateng-tahun-2022-246.html"]);

// Years without an evaluation that are documented facts, not missing data.
const NOT_EVALUATED = [{ slug: "kota-pekalongan", year: 2024, reason: "biennial_cycle" as const }];

/** The evaluator a demo row names, else the year's national evaluator or a provincial one. */
export function evaluatorFor(year: number, url: string, named = ""): Evaluator {
  const parsed = parseEvaluator(named);
  if (!parsed.ok) throw new Error(parsed.reason);
  if (parsed.value) return parsed.value;
  if (PROVINCIAL_AWARDS.has(url.replace(/^https?:\/\/(www\.)?/, ""))) return "bkd_provinsi";
  return defaultEvaluator(year);
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
      const rounds = await tx.evaluationRound.findMany({ orderBy: { announcedOn: "asc" } });
      // The round a row names by its day, else its evaluator's latest round of the year, else a new one.
      const roundFor = async (year: number, evaluator: Evaluator, day: string | null) => {
        const same = rounds.filter((r) => r.year === year && r.evaluator === evaluator);
        const found = day ? same.find((r) => r.announcedOn?.toISOString().slice(0, 10) === day) : same.at(-1);
        if (found) return found;
        const made = await tx.evaluationRound.create({
          data: {
            code: roundCode(year, evaluator, day),
            year,
            evaluator,
            schemeId: schemeFor(year).id,
            announcedOn: day ? new Date(`${day}T00:00:00Z`) : null,
            ...roundNames(evaluator, year, null),
            sourceUrls: [],
          },
        });
        rounds.push(made);
        return made;
      };
      for (const r of rows) {
        const year = Number(r.year);
        const institutionId = resolve(r.institution_name);
        const evaluator = evaluatorFor(year, r.source_url, r.evaluator);
        const round = await roundFor(year, evaluator, r.announced_at || null);
        if (await tx.evaluation.findUnique({ where: { institutionId_roundId: { institutionId, roundId: round.id } } })) continue;
        const scheme = schemeFor(year);
        const category = scheme.categories.find((c) => normalizeName(c.name) === normalizeName(r.category));
        if (!category) throw new Error(`Unknown category "${r.category}" for ${r.institution_name} ${year}`);
        const announced = round.announcedOn;
        await tx.evaluation.create({
          data: {
            institutionId,
            roundId: round.id,
            year,
            schemeId: scheme.id,
            status: "evaluated",
            score: r.score ? r.score : null,
            categoryId: category.id,
            evaluator,
            announcedAt: announced,
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
        const round = await roundFor(n.year, defaultEvaluator(n.year), null);
        if (await tx.evaluation.findFirst({ where: { institutionId: inst.id, year: n.year } })) continue;
        await tx.evaluation.create({
          data: {
            institutionId: inst.id,
            roundId: round.id,
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

/** One round per row of ceremonies.csv, before the results that name them. */
export async function seedRounds(db: Db) {
  const rows = readCsv(dataFile("ceremonies.csv"));
  const num = (v: string) => (v ? Number(v) : null);
  const schemes = await db.scheme.findMany();
  let created = 0;
  for (const c of rows) {
    const year = Number(c.round_year);
    const evaluator = evaluatorFor(year, c.source_url, c.evaluator);
    const code = roundCode(year, evaluator, c.ceremony_date);
    if (await db.evaluationRound.findUnique({ where: { code } })) continue;
    const scheme = schemes.find((s) => s.validFromYear <= year && (s.validToYear == null || year <= s.validToYear));
    if (!scheme) throw new Error(`No scheme covers ${year}`);
    await db.evaluationRound.create({
      data: {
        code,
        year,
        schemeId: scheme.id,
        evaluator,
        announcedOn: new Date(`${c.ceremony_date}T00:00:00Z`),
        ...roundNames(evaluator, year, c.city),
        city: c.city,
        venue: c.venue || null,
        sangatBaikCount: num(c.sangat_baik_count),
        baikCount: num(c.baik_count),
        totalCount: num(c.total_baik_or_better),
        breakdown: c.breakdown || null,
        sourceUrls: [c.source_url],
        notes: c.notes || null,
      },
    });
    created++;
  }
  return created;
}
