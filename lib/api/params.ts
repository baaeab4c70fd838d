// Query parameters of the open-data API, strict: each route lists what it accepts (the
// Indonesian name and its English alias), and anything else — an unknown name, a value
// that does not parse, a name given twice — is a 400 that names the parameter. A
// researcher who guesses `?type=kota` gets cities; one who guesses `?tipe=kota` is told.
import { z } from "zod";
import { INSTITUTION_TYPES } from "@/lib/merit";
import { CATEGORY_CODE, PAGE_MAX, PARAM, PROVINCE_CODE, QUERY_MAX, YEAR_MAX, YEAR_MIN } from "@/lib/public/filters";
import { SORTS } from "@/lib/public/views";
import { PAGE_SIZE_MAX } from "@/lib/queries/arguments";
import type { ApiErrorBody } from "./contract";

export type ParamSpec = {
  /** The name the site itself writes (Indonesian). */
  name: string;
  /** The English alias, when there is one. */
  alias?: string;
  description: string;
  schema: z.ZodType;
  /** The parameter's schema in the OpenAPI document, when its wire text means a number. */
  documented?: Record<string, unknown>;
};

/** Rows per page of a JSON list when none is asked for: the same 25 as a page of the index. */
export const API_PAGE_SIZE = 25;
/** The same bound the cached reads apply (lib/queries/arguments.ts). */
export const MAX_PAGE_SIZE = PAGE_SIZE_MAX;

const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, "a whole number")
    .transform(Number)
    .pipe(z.int().min(min).max(max));

export const PARAMS = {
  q: { name: PARAM.q, description: `Name or alias, at most ${QUERY_MAX} characters.`, schema: z.string().max(QUERY_MAX) },
  type: { name: PARAM.type, alias: "type", description: "Kind of institution.", schema: z.enum(INSTITUTION_TYPES) },
  province: { name: PARAM.province, alias: "province", description: "Province code (Kemendagri), two digits, e.g. 33.", schema: z.string().regex(PROVINCE_CODE, "two digits") },
  year: {
    name: PARAM.year,
    alias: "year",
    description: "Evaluation year.",
    schema: int(YEAR_MIN, YEAR_MAX),
    documented: { type: "integer", minimum: YEAR_MIN, maximum: YEAR_MAX },
  },
  category: {
    name: PARAM.category,
    alias: "category",
    description: "Category code, e.g. sangat-baik.",
    schema: z.string().regex(CATEGORY_CODE, "a category code such as sangat-baik"),
  },
  sort: { name: PARAM.sort, alias: "sort", description: "Order of the rows.", schema: z.enum(SORTS) },
  page: { name: PARAM.page, alias: "page", description: "Page, from 1.", schema: int(1, PAGE_MAX), documented: { type: "integer", minimum: 1, maximum: PAGE_MAX, default: 1 } },
  perPage: {
    name: "per",
    alias: "per_page",
    description: `Rows per page (default ${API_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`,
    schema: int(1, MAX_PAGE_SIZE),
    documented: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: API_PAGE_SIZE },
  },
  format: { name: "format", description: "csv for a CSV download; json (the default) otherwise.", schema: z.enum(["json", "csv"]) },
} satisfies Record<string, ParamSpec>;

export type ParamKey = keyof typeof PARAMS;
type Values<K extends ParamKey> = { [P in K]?: z.output<(typeof PARAMS)[P]["schema"]> };

export type ParamResult<K extends ParamKey> = { ok: true; values: Values<K> } | { ok: false; error: ApiErrorBody };

/** The names a route accepts, Indonesian and English, for error messages and the document. */
export const acceptedNames = (keys: readonly ParamKey[]) =>
  keys.flatMap((k) => {
    const spec: ParamSpec = PARAMS[k];
    return spec.alias ? [spec.name, spec.alias] : [spec.name];
  });

export function parseParams<K extends ParamKey>(search: URLSearchParams, keys: readonly K[]): ParamResult<K> {
  const accepted = acceptedNames(keys);
  const byName = new Map<string, K>();
  for (const k of keys) {
    const spec: ParamSpec = PARAMS[k];
    byName.set(spec.name, k);
    if (spec.alias) byName.set(spec.alias, k);
  }
  const bad = (error: ApiErrorBody["error"], parameter: string, message: string): ParamResult<K> => ({
    ok: false,
    error: { error, message, parameter, accepted },
  });
  const values: Values<K> = {};
  const seen = new Set<K>();
  for (const name of new Set(search.keys())) {
    const key = byName.get(name);
    if (!key) return bad("unknown_parameter", name, `Unknown query parameter "${clip(name)}". This route accepts: ${accepted.join(", ")}.`);
    const given = search.getAll(name);
    if (given.length > 1 || seen.has(key)) return bad("bad_parameter", name, `Query parameter "${name}" is given more than once.`);
    seen.add(key);
    const parsed = PARAMS[key].schema.safeParse(given[0]);
    if (!parsed.success) {
      return bad("bad_parameter", name, `Query parameter "${name}" has a value that is not accepted: ${reason(parsed.error)}. ${PARAMS[key].description}`);
    }
    values[key] = parsed.data as Values<K>[K];
  }
  return { ok: true, values };
}

/** A parameter name from the request is echoed back: never more than a short, single line of it. */
const clip = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, "?").slice(0, 40);

function reason(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue.code === "invalid_value") return `expected one of ${issue.values.map(String).join(", ")}`;
  if (issue.code === "too_big") return `at most ${String(issue.maximum)}${issue.origin === "string" ? " characters" : ""}`;
  if (issue.code === "too_small") return `at least ${String(issue.minimum)}`;
  if (issue.code === "invalid_format") return `expected ${issue.message}`;
  return issue.message;
}
