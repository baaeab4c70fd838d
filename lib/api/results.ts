// Result rows as the public API and downloads write them.
import { z } from "zod";
import type { ResultRow } from "@/lib/public/views";

/** Rows per page of a JSON list when `per` is not given: the same 25 as a page of the index. */
export const API_PAGE_SIZE = 25;
/** `per`: 1 to 1000 rows; anything else falls back to the default. */
export const perPageParam = z.coerce.number().int().min(1).max(1000).catch(API_PAGE_SIZE).default(API_PAGE_SIZE);

export const RESULT_COLUMNS = ["slug", "name", "type", "province", "year", "category", "score", "change_score", "change_from_year"];

export function resultJson(r: ResultRow) {
  return {
    slug: r.slug,
    name: r.name,
    type: r.type,
    province: r.provinceName,
    year: r.year,
    category: r.category?.name ?? null,
    categoryCode: r.category?.code ?? null,
    score: r.score,
    change: r.change ? { fromYear: r.change.fromYear, score: r.change.scoreDelta, rank: r.change.rankDelta, direction: r.change.direction } : null,
  };
}

export function resultCsvRow(r: ResultRow): unknown[] {
  return [r.slug, r.name, r.type, r.provinceName, r.year, r.category?.name ?? null, r.score, r.change?.scoreDelta ?? null, r.change?.fromYear ?? null];
}
