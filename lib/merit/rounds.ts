// Evaluation rounds: an announcement of results by one evaluator for one year. A year may
// hold several (KASN on 29 May 2024, KemenPAN-RB and BKN on 19 December 2024); rounds are
// ordered by year, then by the day they were announced.
import type { Evaluator } from "./words";

export type RoundDef = {
  /** "2024-kasn-2024-05-29": year, evaluator and announcement date. */
  code: string;
  year: number;
  schemeCode: string;
  evaluator: Evaluator;
  /** YYYY-MM-DD, or null when the day is not known. */
  announcedOn: string | null;
  name: string;
  nameEn: string;
};

/** What a form sends for "a new round, from the evaluator and announcement date given". */
export const NEW_ROUND = "baru";

/** Who evaluated a year when nothing says otherwise: KASN until its dissolution in 2024, then KemenPAN-RB and BKN. */
export function defaultEvaluator(year: number): Evaluator {
  return year <= 2023 ? "kasn" : "kemenpanrb_bkn";
}

export function roundCode(year: number, evaluator: Evaluator, announcedOn: string | null): string {
  return `${year}-${evaluator.replace(/_/g, "-")}${announcedOn ? `-${announcedOn}` : ""}`;
}

type Ordered = { year: number; announcedOn: string | null; code: string };

/** Earlier first: by year, then announcement day (an unknown day first), then code. */
export function compareRounds(a: Ordered, b: Ordered): number {
  if (a.year !== b.year) return a.year - b.year;
  const da = a.announcedOn ?? "";
  const db = b.announcedOn ?? "";
  if (da !== db) return da < db ? -1 : 1;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

export type RoundQuery = { year: number; evaluator: Evaluator | null; announcedOn: string | null; code: string | null };

export type RoundChoice =
  | { kind: "existing"; round: RoundDef }
  /** No stored round fits: the write makes this one (its scheme and names are filled in by the writer). */
  | { kind: "new"; year: number; evaluator: Evaluator; announcedOn: string | null; code: string }
  | { kind: "error"; message: string };

/**
 * The round a result of `query.year` lands in: the round named by its code, else the one
 * with the same evaluator and announcement day, else the year's only round (of that
 * evaluator, when given; of the year's national evaluator when nothing is given). A result
 * that names an evaluator and a day no round has starts a new round (a day alone that no
 * round has is only the result's own announcement day); one that leaves
 * several rounds possible is refused with them listed.
 */
export function chooseRound(rounds: RoundDef[], query: RoundQuery, label: (r: RoundDef) => string = (r) => r.code): RoundChoice {
  const ofYear = rounds.filter((r) => r.year === query.year);
  if (query.code) {
    const named = rounds.find((r) => r.code === query.code);
    if (!named) return { kind: "error", message: `Putaran "${query.code}" tidak dikenal.` };
    if (named.year !== query.year) return { kind: "error", message: `Putaran ${label(named)} adalah penilaian tahun ${named.year}, bukan ${query.year}.` };
    if (query.evaluator && named.evaluator !== query.evaluator) return { kind: "error", message: `Penilai baris ini berbeda dengan penilai putaran ${label(named)}.` };
    return { kind: "existing", round: named };
  }
  let candidates = ofYear.filter((r) => (!query.evaluator || r.evaluator === query.evaluator) && (!query.announcedOn || r.announcedOn === query.announcedOn));
  // Saying nothing of the round means the year's national one, when it has exactly one.
  if (candidates.length > 1 && !query.evaluator && !query.announcedOn) {
    const national = candidates.filter((r) => r.evaluator === defaultEvaluator(query.year));
    if (national.length === 1) candidates = national;
  }
  if (candidates.length === 1) return { kind: "existing", round: candidates[0] };
  if (candidates.length > 1) {
    return {
      kind: "error",
      message: `Tahun ${query.year} punya ${candidates.length} putaran (${candidates.map(label).join("; ")}); isi penilai dan tanggal pengumuman, atau kolom putaran.`,
    };
  }
  // A day alone that no round has is the result's own announcement day, not a round.
  if (query.announcedOn && !query.evaluator) return chooseRound(rounds, { ...query, announcedOn: null }, label);
  const evaluator = query.evaluator ?? defaultEvaluator(query.year);
  return { kind: "new", year: query.year, evaluator, announcedOn: query.announcedOn, code: roundCode(query.year, evaluator, query.announcedOn) };
}
