// What an import's rows are classified against: the registry institutions they may name and
// the stored results of those institutions in the file's years. A small file (a staff write
// of one result) reads only the institutions whose names or aliases could match its rows —
// never the whole registry and the year's results, which a busy instance would otherwise
// read for every one-row import. A large file reads the whole registry at once, as before.
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { createMatcher, institutionQuery, splitLevel, type ImportSnapshot, type MatchQuery, type ParsedFile, type RegistryInstitution } from "@/lib/import";
import { loadRounds } from "@/lib/evaluations/rounds";
import { loadSchemes } from "@/lib/queries/staff";
import { normalizeName } from "@/lib/registry/names";

/** Up to this many distinct names a file's registry is looked up by name; above, it is read whole. */
export const NAMED_LOOKUP_MAX = 200;

const includeRegistry = { aliases: { select: { alias: true } }, province: { select: { name: true } } } as const;
type InstitutionWithAliases = Prisma.InstitutionGetPayload<{ include: typeof includeRegistry }>;

const registryEntry = (i: InstitutionWithAliases): RegistryInstitution => ({
  id: i.id,
  slug: i.slug,
  name: i.name,
  type: i.type,
  provinceName: i.province?.name ?? null,
  aliases: i.aliases.map((a) => a.alias),
});

/**
 * Every institution a query could match by name, alias or place, a superset of what the
 * matcher (lib/import/match.ts) finds in the whole registry: a name or alias whose key is
 * the query's, or ends with its place ("Pemkot Pekalongan" ends with "pekalongan"). Alias
 * keys are stored; an official name is keyed here in SQL, which agrees with normalizeName
 * on ASCII, so names with other characters are always included. Every province comes too:
 * the matcher reads their names and aliases to compare the rows' province column.
 */
async function namedInstitutions(db: Db, queries: MatchQuery[]): Promise<RegistryInstitution[]> {
  const keys = [...new Set(queries.map((q) => normalizeName(q.name)).filter(Boolean))];
  const places = [...new Set(queries.map((q) => normalizeName(splitLevel(q.name).place)).filter(Boolean))];
  const suffixes = places.map((p) => `%${p}`); // keys hold only [a-z0-9]: nothing to escape
  const ids = await db.$queryRaw<{ id: string }[]>`
    SELECT i."id" FROM "Institution" i
     WHERE i."type" = 'provinsi'
        OR i."name" ~ '[^\\x01-\\x7f]'
        OR regexp_replace(lower(i."name"), '[^a-z0-9]+', '', 'g') = ANY(${keys}::text[])
        OR regexp_replace(lower(i."name"), '[^a-z0-9]+', '', 'g') LIKE ANY(${suffixes}::text[])
    UNION
    SELECT a."institutionId" FROM "InstitutionAlias" a
     WHERE a."normalized" = ANY(${keys}::text[]) OR a."normalized" LIKE ANY(${suffixes}::text[])`;
  const rows = await db.institution.findMany({ where: { id: { in: ids.map((r) => r.id) } }, include: includeRegistry });
  return rows.map(registryEntry);
}

async function wholeRegistry(db: Db): Promise<RegistryInstitution[]> {
  return (await db.institution.findMany({ include: includeRegistry })).map(registryEntry);
}

async function storedResults(db: Db, where: Prisma.EvaluationWhereInput): Promise<ImportSnapshot["existing"]> {
  const rows = await db.evaluation.findMany({
    where,
    include: { round: { select: { code: true } }, category: { select: { code: true } }, sources: { select: { url: true } } },
  });
  return rows.map((e) => ({
    institutionId: e.institutionId,
    round: e.round.code,
    year: e.year,
    status: e.status,
    score: e.score?.toNumber() ?? null,
    selfAssessedScore: e.selfAssessedScore?.toNumber() ?? null,
    categoryCode: e.category?.code ?? null,
    announcedAt: e.announcedAt?.toISOString().slice(0, 10) ?? null,
    evaluator: e.evaluator,
    sourceUrls: e.sources.flatMap((s) => (s.url ? [s.url] : [])),
  }));
}

const yearsOf = (parsed: ParsedFile) => [...new Set(parsed.rows.map((r) => Number(String(r.record.year ?? "").trim())).filter(Number.isInteger))];

/** The whole registry and every stored result of the file's years: for a large file. */
export async function wholeSnapshot(db: Db, parsed: ParsedFile): Promise<ImportSnapshot> {
  const years = yearsOf(parsed);
  const [institutions, schemes, rounds, existing] = await Promise.all([wholeRegistry(db), loadSchemes(db), loadRounds(db, years), storedResults(db, { year: { in: years } })]);
  return { institutions, schemes, rounds, existing };
}

export async function loadImportSnapshot(db: Db, parsed: ParsedFile): Promise<ImportSnapshot> {
  const queries = parsed.rows.flatMap((r) => institutionQuery(r) ?? []);
  if (new Set(queries.map((q) => q.name)).size > NAMED_LOOKUP_MAX) return wholeSnapshot(db, parsed);
  const years = yearsOf(parsed);
  const [named, schemes, rounds] = await Promise.all([namedInstitutions(db, queries), loadSchemes(db), loadRounds(db, years)]);
  let institutions = named;
  let match = createMatcher(institutions);
  // A name found nowhere gets suggestions from the whole registry (an error row, rare).
  if (queries.some((q) => match(q).kind === "unknown")) {
    institutions = await wholeRegistry(db);
    match = createMatcher(institutions);
  }
  const matched = new Set(
    queries.flatMap((q) => {
      const found = match(q);
      return found.kind === "matched" ? [found.institution.id] : [];
    }),
  );
  const existing = matched.size && years.length ? await storedResults(db, { institutionId: { in: [...matched] }, year: { in: years } }) : [];
  return { institutions, schemes, rounds, existing };
}
