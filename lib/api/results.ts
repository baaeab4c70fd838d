// Result rows as the public API and downloads write them.
import type { z } from "zod";
import type { ResultRow } from "@/lib/public/views";
import type { Result } from "./contract";

export const RESULT_COLUMNS = ["slug", "name", "type", "province", "year", "category", "score", "change_score", "change_from_year", "round"];

export function resultJson(r: ResultRow): z.input<typeof Result> {
  return {
    slug: r.slug,
    name: r.name,
    type: r.type,
    province: r.provinceName,
    year: r.year,
    round: r.round,
    category: r.category?.name ?? null,
    categoryCode: r.category?.code ?? null,
    score: r.score,
    change: r.change
      ? { fromYear: r.change.fromYear, fromRound: r.change.fromRound ?? null, score: r.change.scoreDelta, rank: r.change.rankDelta, direction: r.change.direction }
      : null,
  };
}

export function resultCsvRow(r: ResultRow): unknown[] {
  return [r.slug, r.name, r.type, r.provinceName, r.year, r.category?.name ?? null, r.score, r.change?.scoreDelta ?? null, r.change?.fromYear ?? null, r.round];
}
