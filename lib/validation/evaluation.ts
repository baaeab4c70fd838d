// The one schema of an evaluation as staff enter it: the form checks it as people type,
// the server action checks it again before anything is written.
import { z } from "zod";
import { EVALUATION_STATUSES, EVALUATORS, NOT_EVALUATED_REASONS, checkResult, type SchemeDef } from "@/lib/merit";
import { addFieldError, dateText, decimalText, optionalText, webUrl, type FieldErrors } from "./fields";

export const sourceSchema = z.object({
  url: webUrl,
  title: optionalText(300),
  publisher: optionalText(200),
  publishedAt: dateText,
  documentRef: optionalText(300),
});

export const subScoreSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{1,40}$/, "Kode: huruf kecil, angka dan _ saja."),
  name: z.string().trim().min(1, "Isi nama sub-nilai.").max(200, "Paling banyak 200 karakter."),
  value: decimalText.refine((v) => v != null, "Isi nilainya."),
  scaleMax: decimalText,
  label: optionalText(100),
});

/** A row the form added but nobody filled in is not an error; it is simply not there. */
function withoutBlankRows<T extends z.ZodType>(rows: T) {
  const blank = (row: unknown) => typeof row === "object" && row != null && Object.values(row).every((v) => v == null || (typeof v === "string" && v.trim() === ""));
  return z
    .preprocess((v) => (Array.isArray(v) ? v.filter((row) => !blank(row)) : (v ?? [])), rows)
    .optional()
    .transform((v) => v ?? []);
}

export const evaluationSchema = z.object({
  institutionId: z.string({ error: "Pilih instansi." }).min(1, "Pilih instansi."),
  year: z.coerce.number({ error: "Tahun harus berupa angka." }).int("Tahun harus bilangan bulat.").min(2000, "Tahun paling awal 2000.").max(2100, "Tahun paling akhir 2100."),
  /** Code of the round; empty: the year's round for the chosen evaluator. */
  round: z
    .preprocess((v) => (v === "" ? null : v), z.string().trim().max(60, "Kode putaran terlalu panjang.").nullable())
    .optional()
    .transform((v) => v ?? null),
  status: z.enum(EVALUATION_STATUSES, { error: "Pilih status penilaian." }),
  notEvaluatedReason: z
    .preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(NOT_EVALUATED_REASONS, { error: "Pilih alasan." }).nullable())
    .optional()
    .transform((v) => v ?? null),
  score: decimalText,
  selfAssessedScore: decimalText,
  categoryCode: z
    .preprocess((v) => (v === "" ? null : v), z.string().max(40).nullable())
    .optional()
    .transform((v) => v ?? null),
  evaluator: z
    .preprocess((v) => (v === "" ? null : v), z.enum(EVALUATORS, { error: "Pilih penilai." }).nullable())
    .optional()
    .transform((v) => v ?? null),
  announcedAt: dateText,
  note: optionalText(2000),
  aspectScores: z.record(z.string(), decimalText).default({}),
  subScores: withoutBlankRows(z.array(subScoreSchema).max(10, "Paling banyak 10 sub-nilai.")),
  sources: withoutBlankRows(z.array(sourceSchema).max(20, "Paling banyak 20 sumber.")),
});
export type EvaluationInput = z.output<typeof evaluationSchema>;

/** For edits: the version the form started from. */
export const evaluationEditSchema = evaluationSchema.extend({
  id: z.string().min(1),
  version: z.number().int().positive(),
});

/**
 * The rules that need the year's scheme: score on the scale, category in agreement,
 * aspect scores within their maxima. Returns the category the record should carry.
 */
export function checkAgainstScheme(input: EvaluationInput, scheme: SchemeDef | null): { errors: FieldErrors; categoryCode: string | null } {
  const errors: FieldErrors = {};
  if (!scheme) {
    addFieldError(errors, "year", `Tidak ada skema penilaian untuk tahun ${input.year}.`);
    return { errors, categoryCode: null };
  }
  // The rules an import row meets too (lib/merit/result.ts); the reason, aspects, sub-scores
  // and sources are the form's own.
  const { problems, categoryCode } = checkResult(scheme, input);
  for (const p of problems) addFieldError(errors, p.field, p.message);
  if (input.status === "not_evaluated" && !input.notEvaluatedReason) addFieldError(errors, "notEvaluatedReason", "Pilih alasan tidak dinilai.");
  if (input.status === "evaluated" && input.notEvaluatedReason) addFieldError(errors, "notEvaluatedReason", "Alasan hanya diisi bila instansi tidak dinilai.");

  for (const [code, value] of Object.entries(input.aspectScores)) {
    const aspect = scheme.aspects.find((a) => a.code === code);
    if (!aspect) addFieldError(errors, `aspectScores.${code}`, `Aspek "${code}" tidak ada dalam skema ${scheme.name}.`);
    else if (value != null && (value < 0 || (aspect.maxScore != null && value > aspect.maxScore))) {
      addFieldError(errors, `aspectScores.${code}`, `Nilai aspek harus antara 0 dan ${aspect.maxScore ?? "batas skema"}.`);
    }
  }
  input.sources.forEach((s, i) => {
    if (!s.url && !s.documentRef) addFieldError(errors, `sources.${i}.url`, "Isi alamat sumber atau nomor dokumen resmi.");
  });
  const codes = input.subScores.map((s) => s.code);
  codes.forEach((c, i) => {
    if (codes.indexOf(c) !== i) addFieldError(errors, `subScores.${i}.code`, `Kode "${c}" dipakai dua kali.`);
  });
  return { errors, categoryCode };
}
