// Index filters as they travel in URLs (?jenis=kota&provinsi=33&tahun=2023&kategori=baik&urut=score&hal=2&q=…).
// Unknown or malformed values are dropped rather than failing the page.
import { z } from "zod";
import { INSTITUTION_TYPES } from "@/lib/merit";
import { SORTS, type IndexFilters } from "./views";

type Params = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const safe = <T>(schema: z.ZodType<T>, v: unknown): T | undefined => {
  const r = schema.safeParse(v);
  return r.success ? r.data : undefined;
};

export const PARAM = { q: "q", type: "jenis", province: "provinsi", year: "tahun", category: "kategori", sort: "urut", page: "hal" } as const;

// The bounds of each filter; the cached reads check the same ones (lib/queries/arguments.ts).
export const QUERY_MAX = 100;
export const PROVINCE_CODE = /^\d{2}$/;
export const CATEGORY_CODE = /^[a-z-]{1,40}$/;
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
export const PAGE_MAX = 100_000;

export function parseIndexFilters(params: Params): IndexFilters {
  return {
    q: safe(z.string().max(QUERY_MAX), one(params[PARAM.q])),
    type: safe(z.enum(INSTITUTION_TYPES), one(params[PARAM.type])),
    province: safe(z.string().regex(PROVINCE_CODE), one(params[PARAM.province])),
    year: safe(z.coerce.number().int().min(YEAR_MIN).max(YEAR_MAX), one(params[PARAM.year])),
    category: safe(z.string().regex(CATEGORY_CODE), one(params[PARAM.category])),
    sort: safe(z.enum(SORTS), one(params[PARAM.sort])),
    page: safe(z.coerce.number().int().min(1).max(PAGE_MAX), one(params[PARAM.page])),
  };
}

/** The URL query of a filter state, with `change` applied; empty values disappear. */
export function filtersQuery(f: IndexFilters, change: Partial<IndexFilters> = {}): string {
  const merged = { ...f, ...change };
  const qs = new URLSearchParams();
  for (const [key, name] of Object.entries(PARAM)) {
    const v = merged[key as keyof IndexFilters];
    if (v !== undefined && v !== "" && !(key === "page" && v === 1)) qs.set(name, String(v));
  }
  const s = qs.toString();
  return s ? `?${s}` : "";
}
