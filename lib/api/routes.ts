// The routes of the open-data API, in one table: the query parameters each accepts and
// the schema of each answer. Routes read their parameters from here and the OpenAPI
// document (lib/api/openapi.ts) is written from here.
import type { z } from "zod";
import { ApiError, Health, Institution, ResultPage, SearchResult, YearPage } from "./contract";
import { READ_CACHE_CONTROL } from "./http";
import type { ParamKey } from "./params";

export type ApiRoute = {
  path: string;
  summary: string;
  pathParams?: { name: string; description: string; schema: Record<string, unknown> }[];
  query: readonly ParamKey[];
  ok: { description: string; schema: z.ZodType; csv?: boolean };
  errors: { status: number; description: string; schema?: z.ZodType }[];
  cacheControl: string;
  redirect?: string;
};

/** Every route with query parameters answers a bad one the same way. */
const BAD_PARAMETER = { status: 400, description: "An unknown or malformed query parameter", schema: ApiError };

export const LIST_ROUTE = {
  path: "/api/v1/institutions",
  summary: "Institutions with their latest (or a given year's) result",
  query: ["q", "type", "province", "year", "category", "sort", "page", "perPage", "format"],
  ok: { description: "A page of results (format=csv: every matching row)", schema: ResultPage, csv: true },
  errors: [BAD_PARAMETER],
  cacheControl: READ_CACHE_CONTROL,
} as const satisfies ApiRoute;

export const INSTITUTION_ROUTE = {
  path: "/api/v1/institutions/{slug}",
  summary: "One institution and its published evaluations by year",
  pathParams: [{ name: "slug", description: "The institution's address name, e.g. kota-pekalongan.", schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" } }],
  query: ["format"],
  ok: { description: "The institution (format=csv: its evaluations)", schema: Institution, csv: true },
  errors: [BAD_PARAMETER, { status: 404, description: "No institution has this slug", schema: ApiError }],
  redirect: "A renamed institution's old slug answers 301 with its current address (on the site's public address) in Location.",
  cacheControl: READ_CACHE_CONTROL,
} as const satisfies ApiRoute;

export const YEAR_ROUTE = {
  path: "/api/v1/years/{year}",
  summary: "One year: counts per category, its rounds (and ceremony), and one page of results and of not-evaluated institutions (format=csv: every result)",
  pathParams: [{ name: "year", description: "Evaluation year, four digits.", schema: { type: "integer", minimum: 1000, maximum: 9999 } }],
  query: ["page", "perPage", "format"],
  ok: { description: "The year", schema: YearPage, csv: true },
  errors: [BAD_PARAMETER, { status: 404, description: "No evaluation scheme covers that year", schema: ApiError }],
  cacheControl: READ_CACHE_CONTROL,
} as const satisfies ApiRoute;

export const SEARCH_ROUTE = {
  path: "/api/v1/search",
  summary: "Institutions by name and alias (at most 10)",
  query: ["q"],
  ok: { description: "Up to 10 matches, best first", schema: SearchResult },
  errors: [BAD_PARAMETER],
  cacheControl: READ_CACHE_CONTROL,
} as const satisfies ApiRoute;

export const HEALTH_ROUTE = {
  path: "/api/health",
  summary: "Service, database and cache-sync status, for load balancers and operators",
  query: [],
  ok: { description: "The service and its database are up", schema: Health },
  errors: [{ status: 503, description: "The database is unreachable (cached pages are still served)", schema: Health }],
  cacheControl: "no-store",
} as const satisfies ApiRoute;

export const API_ROUTES: ApiRoute[] = [LIST_ROUTE, INSTITUTION_ROUTE, YEAR_ROUTE, SEARCH_ROUTE, HEALTH_ROUTE];
