// Rounds as writes need them: the stored rounds of some years as RoundDef values, their
// names in both languages (from the message files, the one home of the evaluators' names),
// and the round a result lands in, made when no stored round fits.
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NEW_ROUND, chooseRound, type Evaluator, type RoundDef, type RoundQuery } from "@/lib/merit";
import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";

type Tx = Prisma.TransactionClient;

/** The evaluator's name in Indonesian ("KemenPAN-RB dan BKN"). */
export const evaluatorName = (evaluator: Evaluator) => id.evaluators[evaluator];

/** "KASN 2024, Bandung" and its English name. */
export function roundNames(evaluator: Evaluator, year: number, city: string | null) {
  const place = city ? `, ${city}` : "";
  return { name: `${id.evaluators[evaluator]} ${year}${place}`, nameEn: `${en.evaluators[evaluator]} ${year}${place}` };
}

const day = (d: Date | null) => (d == null ? null : d.toISOString().slice(0, 10));

/** The stored rounds of `years` (every round when no years are given), earliest first. */
export async function loadRounds(tx: Tx, years?: number[]): Promise<RoundDef[]> {
  if (years && !years.length) return [];
  const rows = await tx.evaluationRound.findMany({
    where: years ? { year: { in: years } } : undefined,
    orderBy: [{ year: "asc" }, { announcedOn: { sort: "asc", nulls: "first" } }, { code: "asc" }],
  });
  const schemes = new Map((await tx.scheme.findMany({ select: { id: true, code: true } })).map((s) => [s.id, s.code]));
  return rows.map((r) => ({
    code: r.code,
    year: r.year,
    schemeCode: schemes.get(r.schemeId)!,
    evaluator: r.evaluator,
    announcedOn: day(r.announcedOn),
    name: r.name,
    nameEn: r.nameEn,
  }));
}

/** The stored round with this code, made first (named after its evaluator and year) when there is none; `made` is the new round as written. */
export async function ensureRound(tx: Tx, round: { code: string; year: number; evaluator: Evaluator; announcedOn: string | null }, schemeId: string) {
  const stored = await tx.evaluationRound.findUnique({ where: { code: round.code }, select: { id: true, code: true } });
  if (stored) return { ...stored, made: null };
  const data = {
    code: round.code,
    year: round.year,
    schemeId,
    evaluator: round.evaluator,
    announcedOn: round.announcedOn ? new Date(`${round.announcedOn}T00:00:00Z`) : null,
    ...roundNames(round.evaluator, round.year, null),
    sourceUrls: [],
  };
  // Two writes may open the same round at once (two imports of the year's first results):
  // the second waits for the first to commit, inserts nothing, and lands in its round.
  const id = randomUUID();
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "EvaluationRound" ("id", "code", "year", "schemeId", "evaluator", "announcedOn", "name", "nameEn", "sourceUrls")
    VALUES (${id}, ${data.code}, ${data.year}, ${schemeId}, ${data.evaluator}::"Evaluator", ${round.announcedOn}::date, ${data.name}, ${data.nameEn}, ARRAY[]::text[])
    ON CONFLICT DO NOTHING RETURNING "id"`;
  if (inserted.length) return { id, code: round.code, made: { ...data, announcedOn: round.announcedOn } };
  return { ...(await tx.evaluationRound.findUniqueOrThrow({ where: { code: round.code }, select: { id: true, code: true } })), made: null };
}

/**
 * The round of one result being written: the one its content names; with NEW_ROUND, the
 * round of its evaluator and announcement day (made when there is none); with none named,
 * the round chooseRound picks for its year and evaluator. A year's first round is made on
 * its first result, but a year that has rounds gets another only when asked for: a
 * mistyped evaluator must not open one. Otherwise the reason, for the round field.
 */
export async function roundForContent(
  tx: Tx,
  content: { year: number; round: string | null; evaluator: Evaluator | null; announcedAt: string | null },
  schemeId: string,
): Promise<Awaited<ReturnType<typeof ensureRound>> | { error: string }> {
  const rounds = await loadRounds(tx, [content.year]);
  const wantsNew = content.round === NEW_ROUND;
  const code = wantsNew ? null : content.round;
  if (code && !rounds.some((r) => r.code === code)) {
    const elsewhere = await tx.evaluationRound.findUnique({ where: { code }, select: { year: true } });
    if (elsewhere) return { error: `Putaran ${code} adalah penilaian tahun ${elsewhere.year}, bukan ${content.year}.` };
  }
  const query: RoundQuery = { year: content.year, evaluator: content.evaluator, announcedOn: wantsNew ? content.announcedAt : null, code };
  const choice = chooseRound(rounds, query, (r) => r.name);
  if (choice.kind === "error") return { error: choice.message };
  if (choice.kind === "existing") return { ...(await tx.evaluationRound.findUniqueOrThrow({ where: { code: choice.round.code }, select: { id: true, code: true } })), made: null };
  if (rounds.length && !wantsNew) {
    return {
      error: `Tahun ${content.year} sudah punya putaran (${rounds.map((r) => r.name).join("; ")}), tidak ada yang dari penilai ini. Pilih putarannya, atau "putaran baru" untuk pengumuman lain.`,
    };
  }
  return ensureRound(tx, choice, schemeId);
}
