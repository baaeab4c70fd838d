// Field parsers shared by staff forms and server actions, with messages in Indonesian.
import { z } from "zod";
import { parseScore } from "@/lib/merit";
import { webUrlOf } from "./web-url";

export type FieldErrors = Record<string, string[]>;

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/** May be left out: missing and empty both become null. */
const orNull = <T extends z.ZodType>(schema: T) => schema.optional().transform((v) => v ?? null);

/** Optional text: trimmed, empty → null. */
export const optionalText = (max: number) =>
  orNull(z.preprocess((v) => (typeof v === "string" ? blankToNull(v.trim()) : (v ?? null)), z.string().max(max, `Paling banyak ${max} karakter.`).nullable()));

export const requiredText = (max: number, message: string) => z.string({ error: message }).trim().min(1, message).max(max, `Paling banyak ${max} karakter.`);

/** A decimal as people type it ("264,5" or "264.5"); empty → null. */
export const decimalText = orNull(
  z.preprocess(
    (v) => (v == null ? null : blankToNull(v)),
    z
      .union([z.number(), z.string()])
      .nullable()
      .transform((v, ctx) => {
        if (v == null) return null;
        const n = parseScore(v);
        if (n == null) {
          ctx.addIssue({ code: "custom", message: "Harus berupa angka, misalnya 264,5." });
          return z.NEVER;
        }
        return n;
      }),
  ),
);

/** A calendar date "YYYY-MM-DD"; empty → null. */
export const dateText = orNull(
  z.preprocess(
    blankToNull,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal harus berformat TTTT-BB-HH.")
      .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "Tanggal tidak valid.")
      .nullable(),
  ),
);

/** A web address by the one rule of web-url.ts: a complete http(s) address, trimmed. */
export const webUrl = orNull(
  z.preprocess(
    blankToNull,
    z
      .string()
      .transform((s, ctx) => {
        const url = webUrlOf(s);
        if (url == null) {
          ctx.addIssue({ code: "custom", message: "Alamat harus lengkap dan diawali http:// atau https://, mis. https://kasn.go.id/berita." });
          return z.NEVER;
        }
        return url;
      })
      .nullable(),
  ),
);

/** zod issues → { "sources.0.url": ["…"] }, the keys the forms look up. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function addFieldError(errors: FieldErrors, key: string, message: string) {
  (errors[key] ??= []).push(message);
}
