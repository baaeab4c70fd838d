// The one schema of an evaluation scheme as admins define it: the form checks it as people
// type, the server action checks it again; the rules of a coherent definition are
// lib/merit/scheme-rules.ts, reported on the field at fault.
import { z } from "zod";
import { schemeProblems, type SchemeDef } from "@/lib/merit";
import { decimalText, optionalText, requiredText } from "./fields";

const code = (what: string) =>
  z
    .string({ error: `Isi kode ${what}.` })
    .trim()
    .min(1, `Isi kode ${what}.`)
    .max(40, "Paling banyak 40 karakter.")
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Kode: huruf kecil, angka dan tanda hubung, mis. sangat-baik.");

const year = (message: string) => z.coerce.number({ error: message }).int("Tahun harus bilangan bulat.").min(2000, "Tahun paling awal 2000.").max(2100, "Tahun paling akhir 2100.");

const required = (message: string) => decimalText.refine((v) => v != null, message).transform((v) => v!);

/** A row the form added but nobody filled in is not an error; it is simply not there. */
const filledRows = <T extends z.ZodType>(rows: T) =>
  z.preprocess(
    (v) =>
      Array.isArray(v)
        ? v.filter((row) => typeof row !== "object" || row == null || Object.values(row).some((x) => (typeof x === "string" ? x.trim() !== "" : x != null && x !== false)))
        : (v ?? []),
    rows,
  );

const categorySchema = z.object({
  code: code("kategori"),
  name: requiredText(80, "Isi nama kategori."),
  nameEn: requiredText(80, "Isi nama kategori dalam bahasa Inggris."),
  lowerBound: required("Isi batas bawah kategori."),
  reevaluateAfterYears: z.coerce
    .number({ error: "Siklus evaluasi ulang harus berupa angka." })
    .int("Siklus evaluasi ulang dalam tahun penuh.")
    .min(1, "Siklus evaluasi ulang paling sedikit 1 tahun.")
    .max(10, "Siklus evaluasi ulang paling lama 10 tahun."),
});

const aspectSchema = z.object({
  code: code("aspek"),
  name: requiredText(200, "Isi nama aspek."),
  nameEn: requiredText(200, "Isi nama aspek dalam bahasa Inggris."),
  maxScore: decimalText,
});

const componentSchema = z.object({
  code: code("komponen"),
  name: requiredText(200, "Isi nama komponen."),
  nameEn: requiredText(200, "Isi nama komponen dalam bahasa Inggris."),
  weightPercent: decimalText,
  subtracted: z.boolean().default(false),
});

const fields = z.object({
  name: requiredText(120, "Isi nama skema."),
  nameEn: requiredText(120, "Isi nama skema dalam bahasa Inggris."),
  description: optionalText(1000),
  validFromYear: year("Isi tahun mulai berlaku."),
  validToYear: z.preprocess((v) => (v === "" || v == null ? null : v), year("Tahun akhir harus berupa angka.").nullable()),
  scaleMin: required("Isi nilai minimum skala."),
  scaleMax: required("Isi nilai maksimum skala."),
  scaleStep: required("Isi kelipatan nilai."),
  provisional: z.boolean().default(false),
  categories: filledRows(z.array(categorySchema).min(1, "Skema memerlukan paling sedikit satu kategori.").max(12, "Paling banyak 12 kategori.")),
  aspects: filledRows(z.array(aspectSchema).max(20, "Paling banyak 20 aspek.")),
  components: filledRows(z.array(componentSchema).max(10, "Paling banyak 10 komponen.")),
});

/** Categories in the order given (rank 1 = lowest), aspects and components too. */
export function schemeDefOf(input: z.output<typeof fields> & { code: string }): SchemeDef {
  return {
    code: input.code,
    name: input.name,
    nameEn: input.nameEn,
    validFromYear: input.validFromYear,
    validToYear: input.validToYear,
    scale: { min: input.scaleMin, max: input.scaleMax, step: input.scaleStep },
    categories: input.categories.map((c, i) => ({ ...c, rank: i + 1 })),
    aspects: input.aspects.map((a, i) => ({ ...a, position: i + 1 })),
    components: input.components.map((c, i) => ({ ...c, position: i + 1 })),
    provisional: input.provisional,
  };
}

// A field the schema already refused (a cycle of 0 years) is not reported twice.
const coherent = (v: z.output<typeof fields> & { code: string }, ctx: z.RefinementCtx) => {
  const flagged = new Set(ctx.issues.map((i) => (i.path ?? []).join(".")));
  for (const p of schemeProblems(schemeDefOf(v))) {
    if (!flagged.has(p.field)) ctx.addIssue({ code: "custom", path: p.field.split("."), message: p.message });
  }
};

export const schemeSchema = fields.extend({ code: code("skema") }).superRefine(coherent);
export type SchemeInput = z.output<typeof schemeSchema>;

/** For edits: the scheme (its code does not change: it is in the page's address) and the version the form started from. */
export const schemeEditSchema = fields.extend({ code: z.string().min(1), version: z.number().int().positive() }).superRefine(coherent);
export type SchemeEditInput = z.output<typeof schemeEditSchema>;

export const schemeRefSchema = z.object({ code: z.string().min(1), version: z.number().int().positive() });
