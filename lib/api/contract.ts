// The open-data API's answers as zod schemas. Routes shape every JSON body through these
// (`shape` parses it, so nothing outside the schema leaves), and the OpenAPI document is
// generated from the same schemas (lib/api/openapi.ts): the two cannot drift apart.
import { z } from "zod";
import { EVALUATION_STATUSES, EVALUATORS, INSTITUTION_TYPES, NOT_EVALUATED_REASONS } from "@/lib/merit";

/** The registry the OpenAPI document's components are generated from. */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

const named = <T extends z.ZodType>(id: string, description: string, schema: T): T => {
  apiSchemas.add(schema as z.ZodType, { id, description });
  return schema;
};

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ format: "date", examples: ["2023-12-07"] });

export const InstitutionType = named("InstitutionType", "Kind of institution.", z.enum(INSTITUTION_TYPES));

export const Change = named(
  "Change",
  "Change since the institution's previous evaluation.",
  z.object({
    fromYear: z.int().describe("Year of the previous evaluation compared with."),
    fromRound: z.string().nullable().describe("Code of the round compared with (the previous round, possibly of the same year)."),
    score: z.number().nullable().describe("Score difference; only when both years have a score under the same scheme."),
    rank: z.int().nullable().describe("Category steps moved; only under the same scheme."),
    direction: z.enum(["up", "down", "same"]).nullable(),
  }),
);

export const Result = named(
  "Result",
  "One institution's result in a year (its latest when no year is asked for).",
  z.object({
    slug: z.string(),
    name: z.string(),
    type: InstitutionType,
    province: z.string().nullable().describe("Province name; null for ministries and agencies."),
    year: z.int().nullable(),
    round: z.string().nullable().describe("Code of the round of the result (see Round)."),
    category: z.string().nullable().describe("Category name in Indonesian, e.g. Sangat Baik."),
    categoryCode: z.string().nullable().describe("Category code, e.g. sangat-baik."),
    score: z.number().nullable(),
    change: Change.nullable(),
  }),
);

export const CategoryCount = named("CategoryCount", "How many results fall in one category.", z.object({ category: z.string(), categoryCode: z.string(), count: z.int().min(0) }));

export const ResultPage = named(
  "ResultPage",
  "A page of institutions with their latest (or the asked year's) result.",
  z.object({
    total: z.int().min(0),
    page: z.int().min(1),
    pageCount: z.int().min(1),
    perPage: z.int().min(1),
    categoryCounts: z.record(z.string(), z.int().min(0)).describe("Rows per category code, over every page."),
    items: z.array(Result),
  }),
);

export const Round = named(
  "Round",
  "An announcement of results: one evaluator's round of a year. A year may hold several (KASN on 2024-05-29, KemenPAN-RB and BKN on 2024-12-19).",
  z.object({
    code: z.string().describe("Stable key: year, evaluator and announcement date, e.g. 2024-kasn-2024-05-29."),
    year: z.int().describe("The year evaluated."),
    scheme: z.string(),
    evaluator: z.enum(EVALUATORS),
    announcedOn: isoDate.nullable().describe("Day the results were announced; null when not known."),
    name: z.string(),
    nameEn: z.string(),
    city: z.string().nullable(),
    venue: z.string().nullable(),
    sourceUrls: z.array(z.string()),
  }),
);

export const Ceremony = named(
  "Ceremony",
  "The announcement of a year's results: its latest dated round, in the shape of version 1.0 (see rounds for every round).",
  z.object({
    roundYear: z.int(),
    date: z.string(),
    city: z.string(),
    venue: z.string().nullable(),
    evaluator: z.string(),
    sangatBaikCount: z.int().nullable(),
    baikCount: z.int().nullable(),
    totalCount: z.int().nullable(),
    breakdown: z.string().nullable(),
    sourceUrl: z.string(),
    notes: z.string().nullable(),
  }),
);

export const NotEvaluated = named(
  "NotEvaluated",
  "An institution recorded as not evaluated in a year.",
  z.object({ slug: z.string(), name: z.string(), reason: z.string().nullable() }),
);

export const YearPage = named(
  "YearPage",
  "One year: counts per category, its rounds, and one page of its results and of the institutions not evaluated.",
  z.object({
    year: z.int(),
    scheme: z.string().describe("Code of the evaluation scheme of that year."),
    counts: z.array(CategoryCount),
    ceremony: Ceremony.nullable(),
    rounds: z.array(Round).describe("Every round of the year, earliest first."),
    page: z.int().min(1),
    pageCount: z.int().min(1),
    perPage: z.int().min(1),
    resultsTotal: z.int().min(0),
    notEvaluatedTotal: z.int().min(0),
    results: z.array(Result),
    notEvaluated: z.array(NotEvaluated),
  }),
);

export const Source = named(
  "Source",
  "Evidence of a result: a public address or an official document reference.",
  z.object({
    url: z.string().nullable(),
    publisher: z.string().nullable(),
    title: z.string().nullable(),
    publishedAt: isoDate.nullable(),
    documentRef: z.string().nullable(),
  }),
);

export const Evaluation = named(
  "Evaluation",
  "One published evaluation of an institution: its result in one round.",
  z.object({
    year: z.int(),
    round: Round.pick({ code: true, evaluator: true, announcedOn: true, name: true, nameEn: true }).describe("The round the result was announced in."),
    scheme: z.string(),
    status: z.enum(EVALUATION_STATUSES),
    notEvaluatedReason: z.enum(NOT_EVALUATED_REASONS).nullable(),
    score: z.number().nullable().describe("Verified (official) score."),
    selfAssessedScore: z.number().nullable(),
    category: z.string().nullable(),
    categoryCode: z.string().nullable(),
    announcedAt: isoDate.nullable(),
    evaluator: z.enum(EVALUATORS).nullable(),
    verified: z.boolean(),
    aspectScores: z.array(z.object({ aspect: z.string(), score: z.number() })),
    subScores: z.array(z.object({ code: z.string(), name: z.string(), value: z.number() })),
    sources: z.array(Source),
  }),
);

export const Institution = named(
  "Institution",
  "One institution and its published evaluations, oldest first.",
  z.object({
    slug: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    type: InstitutionType,
    status: z.enum(["current", "former"]),
    kemendagriCode: z.string().nullable(),
    province: z.object({ code: z.string(), name: z.string() }).nullable(),
    aliases: z.array(z.string()),
    successors: z.array(z.object({ slug: z.string(), name: z.string() })),
    evaluations: z.array(Evaluation),
  }),
);

export const SearchResult = named(
  "SearchResult",
  "Institutions whose name or alias matches, best first (at most 10).",
  z.object({
    q: z.string(),
    items: z.array(z.object({ slug: z.string(), name: z.string(), type: InstitutionType, provinceName: z.string().nullable() })),
  }),
);

export const Health = named(
  "Health",
  "Service, database and cache-sync status.",
  z.object({
    status: z.enum(["ok", "degraded"]),
    database: z.enum(["ok", "down"]),
    cacheSync: z.string().describe("single-instance, or the state of the sync between instances."),
  }),
);

export const ApiError = named(
  "Error",
  "Every error answer of the API.",
  z.object({
    error: z.enum(["not_found", "unknown_parameter", "bad_parameter"]),
    message: z.string(),
    parameter: z.string().optional().describe("The query parameter at fault."),
    accepted: z.array(z.string()).optional().describe("The parameters this route accepts."),
  }),
);
export type ApiErrorBody = z.infer<typeof ApiError>;

/** Parses an answer through its schema: unknown fields are dropped, a wrong shape throws. */
export function shape<T extends z.ZodType>(schema: T, value: z.input<T>): z.output<T> {
  return schema.parse(value);
}
