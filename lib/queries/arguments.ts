// The arguments each cached public read accepts. Next.js gives every "use cache" function a
// server-action id and runs it for anyone who posts that id, with whatever arguments they
// send (docs/decisions/008-cached-reads-check-their-arguments.md). So each read checks its
// own arguments before any work: the same bounds the pages and the API apply to a URL.
// Arguments outside them throw; a thrown read is never cached.
import { z } from "zod";
import { INSTITUTION_TYPES } from "@/lib/merit";
import { MAX_COMPARED } from "@/lib/public/compare-slugs";
import { CATEGORY_CODE, PAGE_MAX, PROVINCE_CODE, QUERY_MAX, YEAR_MAX, YEAR_MIN } from "@/lib/public/filters";
import { isSlug } from "@/lib/public/slug";
import { SORTS } from "@/lib/public/views";

/** Rows a JSON list or a page may ask for at once. */
export const PAGE_SIZE_MAX = 1000;
/** The page size that asks for every row at once (the CSV downloads). */
export const EVERY_ROW = 1_000_000;

export const isYear = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX;

const slug = z.custom<string>(isSlug);
const year = z.custom<number>(isYear);
const page = z.number().int().min(1).max(PAGE_MAX);
const pageSize = z.number().int().min(1).max(PAGE_SIZE_MAX);

const indexFilters = z.strictObject({
  q: z.string().max(QUERY_MAX).optional(),
  type: z.enum(INSTITUTION_TYPES).optional(),
  province: z.string().regex(PROVINCE_CODE).optional(),
  year: year.optional(),
  category: z.string().regex(CATEGORY_CODE).optional(),
  sort: z.enum(SORTS).optional(),
  page: page.optional(),
  pageSize: z.union([pageSize, z.literal(EVERY_ROW)]).optional(),
});

/** Argument lists, by read. A tuple refuses extra arguments too: each would be one more cache entry. */
export const readArguments = {
  none: z.tuple([]),
  slug: z.tuple([slug]),
  // A social card or an embed: what it shows and in which language.
  slugInLocale: z.tuple([slug, z.enum(["id", "en"])]),
  yearInLocale: z.tuple([year, z.enum(["id", "en"])]),
  slugsInLocale: z.tuple([z.array(slug).min(1).max(MAX_COMPARED), z.enum(["id", "en"])]),
  // A feed's scope: the whole site, one province or one institution, each by its slug.
  feed: z.union([z.tuple([z.literal("site")]), z.tuple([z.enum(["province", "institution"]), slug])]),
  indexView: z.tuple([indexFilters]),
  yearSummary: z.tuple([year, pageSize, page.optional()]),
  // Trimmed and non-empty, as the API and the search box send it.
  search: z.tuple([
    z
      .string()
      .min(1)
      .max(QUERY_MAX)
      .refine((q) => q === q.trim()),
  ]),
};

export class InvalidReadArguments extends Error {
  constructor(read: string) {
    // Never the values: they are the caller's, of any size, and would reach the log.
    super(`${read}: arguments refused`);
    this.name = "InvalidReadArguments";
  }
}

/** The arguments of `read` when they fit `schema`; otherwise it throws before any work is done. */
export function checkArguments<T extends unknown[]>(read: string, schema: z.ZodType<T>, args: readonly unknown[]): T {
  const parsed = schema.safeParse(args);
  if (!parsed.success) throw new InvalidReadArguments(read);
  return parsed.data;
}
