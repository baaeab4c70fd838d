// Synthetic institutions with a full history of published results, to see how the app
// behaves with a national-size record. Every synthetic row is marked: slugs start with
// `sintetis-`, names end with "(sintetis)", sources point at example.org.
import type { Db } from "../../lib/db";
import { roundNames } from "../../lib/evaluations/rounds";
import { categoryForScore, defaultEvaluator, isCycleSkip, roundCode, schemeForYear, type Evaluator, type SchemeDef } from "../../lib/merit";
import { normalizeName } from "../../lib/registry/names";
import { SEED_SCHEMES } from "./schemes";

export const SYNTHETIC_PREFIX = "sintetis-";

export type ScaleOptions = {
  /** Total institutions wanted, demo ones included. */
  institutions: number;
  /** Evaluation rounds per synthetic institution, from 2019 on. */
  years: number;
  firstYear?: number;
  /** Rows per INSERT statement. */
  chunk?: number;
};

export type ScaleResult =
  { written: true; institutions: number; aliases: number; evaluations: number; sources: number; ms: number } | { written: false; existing: number; ms: number };

// Deterministic, so two databases generated with the same options hold the same rows.
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const onGrid = (value: number, scheme: SchemeDef) => {
  const { min, max, step } = scheme.scale;
  const steps = Math.round((Math.min(max, Math.max(min, value)) - min) / step);
  return Number((min + steps * step).toFixed(3));
};

/** A latent quality 0–1 expressed on the scheme's own scale (the 2026 index tops out above 1). */
const scoreFor = (quality: number, scheme: SchemeDef) => onGrid(scheme.scale.min + quality * (scheme.scale.max === 400 ? 400 : 1.25), scheme);

type Rows<T> = { [K in keyof T]: T[K][] };
const columns = <T extends object>(keys: (keyof T)[]): Rows<T> => Object.fromEntries(keys.map((k) => [k, []])) as unknown as Rows<T>;
function push<T extends object>(rows: Rows<T>, row: T) {
  for (const k of Object.keys(rows) as (keyof T)[]) rows[k].push(row[k]);
}
function slice<T extends object>(rows: Rows<T>, from: number, to: number): Rows<T> {
  return Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, (v as unknown[]).slice(from, to)])) as Rows<T>;
}

export async function generateScaleData(db: Db, opts: ScaleOptions): Promise<ScaleResult> {
  const started = Date.now();
  const firstYear = opts.firstYear ?? 2019;
  const chunk = opts.chunk ?? 5_000;
  const result = await db.$transaction(
    async (tx) => {
      // One generator at a time; a second run finds the rows and writes nothing.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('jejak-scale-data'))`;
      const existing = await tx.institution.count({ where: { slug: { startsWith: SYNTHETIC_PREFIX } } });
      if (existing > 0) return { written: false as const, existing, ms: Date.now() - started };

      const schemes = await tx.scheme.findMany({ include: { categories: true } });
      const provinces = await tx.province.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } });
      const wanted = Math.max(0, opts.institutions - (await tx.institution.count()));
      const now = new Date();
      const rnd = random(20261202);
      // Each year's results go to its national evaluator's latest round, made when the year has none.
      const rounds = await tx.evaluationRound.findMany({ orderBy: { announcedOn: { sort: "asc", nulls: "first" } } });
      const roundOf = new Map<string, string>();
      for (const r of rounds) roundOf.set(`${r.year} ${r.evaluator}`, r.id);
      const roundFor = async (year: number, evaluator: Evaluator, schemeId: string) => {
        const key = `${year} ${evaluator}`;
        if (!roundOf.has(key)) {
          const made = await tx.evaluationRound.create({
            data: { code: roundCode(year, evaluator, null), year, evaluator, schemeId, ...roundNames(evaluator, year, null), sourceUrls: [] },
          });
          roundOf.set(key, made.id);
        }
        return roundOf.get(key)!;
      };

      const inst = columns<{ id: string; slug: string; name: string; type: string; provinceCode: string }>(["id", "slug", "name", "type", "provinceCode"]);
      const alias = columns<{ id: string; institutionId: string; alias: string; normalized: string }>(["id", "institutionId", "alias", "normalized"]);
      type EvaluationRow = {
        id: string;
        institutionId: string;
        roundId: string;
        year: number;
        schemeId: string;
        status: string;
        reason: string | null;
        score: number | null;
        categoryId: string | null;
        evaluator: string;
      };
      const ev = columns<EvaluationRow>(["id", "institutionId", "roundId", "year", "schemeId", "status", "reason", "score", "categoryId", "evaluator"]);
      const src = columns<{ id: string; evaluationId: string; url: string; publishedAt: string }>(["id", "evaluationId", "url", "publishedAt"]);

      for (let n = 1; n <= wanted; n++) {
        const number = String(n).padStart(5, "0");
        const province = provinces[n % provinces.length];
        const type = n % 5 === 0 ? "kota" : "kabupaten";
        const name = `${type === "kota" ? "Kota" : "Kabupaten"} Sintetis ${number} ${province.name} (sintetis)`;
        const id = `sintetis-inst-${number}`;
        const slug = `${SYNTHETIC_PREFIX}${number}`;
        push(inst, { id, slug, name, type, provinceCode: province.code });
        push(alias, { id: `sintetis-alias-${number}`, institutionId: id, alias: name, normalized: normalizeName(name) });

        let quality = 0.3 + rnd() * 0.65;
        let last: { year: number; categoryCode: string | null; scheme: SchemeDef } | null = null;
        for (let year = firstYear; year < firstYear + opts.years; year++) {
          const def = schemeForYear(SEED_SCHEMES, year);
          const scheme = def && schemes.find((s) => s.code === def.code);
          if (!def || !scheme) throw new Error(`No scheme covers ${year}`);
          const evaluationId = `sintetis-eval-${number}-${year}`;
          const evaluator = defaultEvaluator(year); // KASN was dissolved in 2024
          const roundId = await roundFor(year, evaluator, scheme.id);
          if (last && isCycleSkip(last.scheme, last, year)) {
            push(ev, {
              id: evaluationId,
              institutionId: id,
              roundId,
              year,
              schemeId: scheme.id,
              status: "not_evaluated",
              reason: "biennial_cycle",
              score: null,
              categoryId: null,
              evaluator,
            });
            continue;
          }
          quality = Math.min(0.99, Math.max(0.05, quality + (rnd() - 0.45) * 0.12));
          const score = scoreFor(quality, def);
          const band = categoryForScore(def, score);
          if (!band.ok) throw new Error(`Score ${score} does not fit ${def.code}`);
          const category = scheme.categories.find((c) => c.code === band.category.code)!;
          push(ev, { id: evaluationId, institutionId: id, roundId, year, schemeId: scheme.id, status: "evaluated", reason: null, score, categoryId: category.id, evaluator });
          push(src, {
            id: `sintetis-src-${number}-${year}`,
            evaluationId,
            url: `https://example.org/sintetis/${slug}/${year}`,
            publishedAt: `${year}-12-0${1 + (n % 9)}`,
          });
          last = { year, categoryCode: band.category.code, scheme: def };
        }
      }

      for (let i = 0; i < inst.id.length; i += chunk) {
        const r = slice(inst, i, i + chunk);
        await tx.$executeRaw`
          INSERT INTO "Institution" ("id", "slug", "name", "type", "provinceCode", "note", "updatedAt")
          SELECT id, slug, name, type::"InstitutionType", province, 'Data sintetis untuk uji skala.', ${now}
          FROM unnest(${r.id}::text[], ${r.slug}::text[], ${r.name}::text[], ${r.type}::text[], ${r.provinceCode}::text[])
            AS t(id, slug, name, type, province)`;
        const a = slice(alias, i, i + chunk);
        await tx.$executeRaw`
          INSERT INTO "InstitutionAlias" ("id", "institutionId", "alias", "normalized")
          SELECT * FROM unnest(${a.id}::text[], ${a.institutionId}::text[], ${a.alias}::text[], ${a.normalized}::text[])`;
      }
      for (let i = 0; i < ev.id.length; i += chunk) {
        const r = slice(ev, i, i + chunk);
        await tx.$executeRaw`
          INSERT INTO "Evaluation" ("id", "institutionId", "roundId", "year", "schemeId", "status", "notEvaluatedReason", "score",
            "categoryId", "evaluator", "publication", "updatedAt")
          SELECT id, institution, round, year, scheme, status::"EvaluationStatus", reason::"NotEvaluatedReason", score, category,
            evaluator::"Evaluator", 'published', ${now}
          FROM unnest(${r.id}::text[], ${r.institutionId}::text[], ${r.roundId}::text[], ${r.year}::int[], ${r.schemeId}::text[], ${r.status}::text[],
            ${r.reason}::text[], ${r.score}::numeric[], ${r.categoryId}::text[], ${r.evaluator}::text[])
            AS t(id, institution, round, year, scheme, status, reason, score, category, evaluator)`;
      }
      for (let i = 0; i < src.id.length; i += chunk) {
        const r = slice(src, i, i + chunk);
        await tx.$executeRaw`
          INSERT INTO "Source" ("id", "evaluationId", "position", "url", "publisher", "publishedAt")
          SELECT id, evaluation, 0, url, 'example.org', published::date
          FROM unnest(${r.id}::text[], ${r.evaluationId}::text[], ${r.url}::text[], ${r.publishedAt}::text[])
            AS t(id, evaluation, url, published)`;
      }
      return {
        written: true as const,
        institutions: inst.id.length,
        aliases: alias.id.length,
        evaluations: ev.id.length,
        sources: src.id.length,
        ms: Date.now() - started,
      };
    },
    { timeout: 600_000, maxWait: 10_000 },
  );
  // Fresh statistics, so the planner sees the new size at once rather than after autovacuum.
  if (result.written) await db.$executeRawUnsafe(`ANALYZE "Institution", "InstitutionAlias", "Evaluation", "Source"`);
  return result;
}
