// Schemas of the admin forms for institutions and accounts.
import { z } from "zod";
import { INSTITUTION_TYPES, REGIONAL_TYPES } from "@/lib/merit";
import { optionalText, requiredText } from "./fields";
import { passwordText } from "./password";
import { checkPassword } from "./password-strength";

const REGIONAL = new Set<string>(REGIONAL_TYPES);

export const institutionSchema = z
  .object({
    name: requiredText(200, "Isi nama resmi instansi."),
    shortName: optionalText(80),
    type: z.enum(INSTITUTION_TYPES, { error: "Pilih jenis instansi." }),
    provinceCode: z
      .preprocess((v) => (v === "" ? null : v), z.string().max(10).nullable())
      .optional()
      .transform((v) => v ?? null),
    kemendagriCode: z
      .preprocess(
        (v) => (typeof v === "string" && v.trim() === "" ? null : v),
        z
          .string()
          .trim()
          .regex(/^\d{2}(\.\d{2})?$/, "Kode Kemendagri berformat 33 atau 33.75.")
          .nullable(),
      )
      .optional()
      .transform((v) => v ?? null),
    slug: z
      .string()
      .trim()
      .min(2, "Isi slug alamat halaman.")
      .max(120, "Paling banyak 120 karakter.")
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Slug: huruf kecil, angka dan tanda hubung, mis. kota-pekalongan."),
    aliases: z
      .string()
      .default("")
      .transform((s) => [
        ...new Set(
          s
            .split(/\r?\n/)
            .map((a) => a.trim())
            .filter(Boolean),
        ),
      ])
      .pipe(z.array(z.string().max(200, "Setiap nama lain paling banyak 200 karakter.")).max(50, "Paling banyak 50 nama lain.")),
    note: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (REGIONAL.has(v.type) && !v.provinceCode) {
      ctx.addIssue({ code: "custom", path: ["provinceCode"], message: "Pemerintah daerah harus memiliki provinsi." });
    }
  });
export type InstitutionInput = z.output<typeof institutionSchema>;

export const institutionEditSchema = z.intersection(institutionSchema, z.object({ id: z.string().min(1), version: z.number().int().positive() }));

const role = z.enum(["admin", "editor", "head", "reviewer"], { error: "Pilih peran." });
const institutionIds = z.array(z.string().min(1)).max(200).default([]);
/** A reviewer's reach: a province code, or none for every province. */
const reviewProvinceCode = z
  .string()
  .regex(/^\d{2}$/, "Pilih provinsi.")
  .nullish()
  .transform((v) => v ?? null);

export const newUserSchema = z
  .object({
    name: requiredText(120, "Isi nama."),
    email: z.string().trim().toLowerCase().email("Alamat email tidak valid."),
    password: z.string({ error: "Isi kata sandi." }),
    role,
    institutionIds,
    reviewProvinceCode,
  })
  .superRefine((v, ctx) => checkPassword(ctx, "password", v.password, v));

export const userEditSchema = z.object({
  id: z.string().min(1),
  name: requiredText(120, "Isi nama."),
  role,
  institutionIds,
  reviewProvinceCode,
  active: z.boolean(),
});

/** The account itself, an admin's reset or "end all sessions": which account. */
export const accountIdSchema = z.object({ id: z.string().min(1) });

/** A staff member's own change; the rule's check against their name and email runs in the action, which knows them. */
export const passwordChangeSchema = z
  .object({
    currentPassword: z.string({ error: "Isi kata sandi saat ini." }).min(1, "Isi kata sandi saat ini.").max(128),
    newPassword: passwordText,
    confirmPassword: z.string(),
  })
  .superRefine((v, ctx) => {
    if (v.confirmPassword !== v.newPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "Ulangi kata sandi baru persis sama." });
    if (v.newPassword === v.currentPassword) ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Kata sandi baru harus berbeda dari yang sekarang." });
  });
