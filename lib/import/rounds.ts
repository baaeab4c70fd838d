// Which round an import row lands in, in words the preview shows: a stored round by its
// name and day, or the new round the row would open.
import id from "@/lib/i18n/messages/id.json";
import { chooseRound, type RoundChoice, type RoundDef } from "@/lib/merit";
import { parseDate } from "./dates";
import type { RawRow } from "./types";
import { parseEvaluator, parseText } from "./values";

export type RowRound = {
  code: string;
  year: number;
  evaluator: RoundDef["evaluator"];
  /** YYYY-MM-DD or null */
  announcedOn: string | null;
  /** The round does not exist yet: committing the row makes it. */
  isNew: boolean;
  /** "KASN 2024, Bandung · 29 Mei 2024", or "baru: KASN · 29 Mei 2024". */
  label: string;
};

const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const day = (iso: string | null) => (iso ? `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}` : "tanggal tidak tercatat");

export const roundLabel = (r: Pick<RoundDef, "name" | "announcedOn">) => `${r.name} · ${day(r.announcedOn)}`;

/** The round of a row of `year`, from its round code, evaluator and announcement date (cells that fail to parse count as empty: their own error is reported elsewhere). */
export function roundOfRow(rounds: RoundDef[], row: RawRow, year: number): { round: RowRound } | { error: string } {
  const evaluator = parseEvaluator(row.record.evaluator);
  const announced = parseDate(row.record.announced_at);
  const choice: RoundChoice = chooseRound(
    rounds,
    {
      year,
      evaluator: evaluator.ok ? evaluator.value : null,
      announcedOn: announced.ok ? announced.value : null,
      code: parseText(row.record.round),
    },
    roundLabel,
  );
  if (choice.kind === "error") return { error: choice.message };
  if (choice.kind === "existing") {
    const r = choice.round;
    return { round: { code: r.code, year: r.year, evaluator: r.evaluator, announcedOn: r.announcedOn, isNew: false, label: roundLabel(r) } };
  }
  const { code, evaluator: e, announcedOn } = choice;
  return { round: { code, year, evaluator: e, announcedOn, isNew: true, label: `baru: ${id.evaluators[e]} · ${day(announcedOn)}` } };
}
