// Index filters as they travel in URLs (?jenis=kota&provinsi=33&tahun=2023&kategori=baik&urut=score&hal=2&q=…).
// Unknown or malformed values are dropped rather than failing the page.
import { z } from "zod";
import { INSTITUTION_TYPES } from "./dataset";
import { SORTS, type IndexFilters } from "./views";

type Params = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const safe = <T,>(schema: z.ZodType<T>, v: unknown): T | undefined => {
  const r = schema.safeParse(v);
  return r.success ? r.data : undefined;
};

export const PARAM = { q: "q", type: "jenis", province: "provinsi", year: "tahun", category: "kategori", sort: "urut", page: "hal" } as const;

export function parseIndexFilters(params: Params): IndexFilters {
  return {
    q: safe(z.string().max(100), one(params[PARAM.q])),
    type: safe(z.enum(INSTITUTION_TYPES), one(params[PARAM.type])),
    province: safe(z.string().regex(/^\d{2}$/), one(params[PARAM.province])),
    year: safe(z.coerce.number().int().min(2000).max(2100), one(params[PARAM.year])),
    category: safe(z.string().regex(/^[a-z-]{1,40}$/), one(params[PARAM.category])),
    sort: safe(z.enum(SORTS), one(params[PARAM.sort])),
    page: safe(z.coerce.number().int().min(1).max(100_000), one(params[PARAM.page])),
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
