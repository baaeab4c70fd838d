// Filters of the security log page and its CSV export (the same query string for both).
import { z } from "zod";
import { securityEventTypes } from "@/lib/audit/security-log";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const securityLogFilterSchema = z.object({
  /** Part of the account's email, as typed (also matches emails tried at a failed sign-in). */
  akun: z.preprocess(blankToUndefined, z.string().trim().toLowerCase().max(200, "Paling banyak 200 karakter.").optional()),
  jenis: z.preprocess(blankToUndefined, z.enum(securityEventTypes, { error: "Jenis peristiwa tidak dikenal." }).optional()),
  hal: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).default(1)),
});
export type SecurityLogFilter = z.output<typeof securityLogFilterSchema>;
