// The OpenAPI 3.1 document of the open-data API, written from the route table
// (lib/api/routes.ts) and the zod schemas the routes shape their answers with
// (lib/api/contract.ts), never by hand beside them.
import { z } from "zod";
import { apiSchemas } from "./contract";
import { SHARED_FRESH_SECONDS, SHARED_STALE_WHILE_REVALIDATE_SECONDS } from "@/lib/public/freshness";
import { ERROR_CACHE_CONTROL, READ_CACHE_CONTROL } from "./http";
import { PARAMS, type ParamSpec } from "./params";
import { API_ROUTES, type ApiRoute } from "./routes";

export const API_VERSION = "1.3.0";

/** What changed in the API, newest first; stated in the document's description. */
export const CHANGELOG = [
  {
    version: "1.3.0",
    date: "2026-12-04",
    changes: [
      "Evaluation rounds: a year may hold several announcements of results. Each evaluation carries its round (code, evaluator, announcedOn, name); a year carries its rounds.",
      "An institution may have two evaluations of one year, one per round (BPOM 2024: KASN on 2024-05-29, KemenPAN-RB and BKN on 2024-12-19).",
      "A year's ceremony is its latest dated round, in the 1.0 shape.",
    ],
  },
  {
    version: "1.2.0",
    date: "2026-12-04",
    changes: [
      `Reads, and the pages of the site, send Cache-Control: ${READ_CACHE_CONTROL}: a change shows through a shared cache within ${SHARED_FRESH_SECONDS + SHARED_STALE_WHILE_REVALIDATE_SECONDS} s (it was s-maxage=5, stale-while-revalidate=30).`,
    ],
  },
  {
    version: "1.1.0",
    date: "2026-12-04",
    changes: [
      "Every answer has a schema in this document.",
      "Unknown, repeated or malformed query parameters answer 400 with a body naming the parameter and listing the accepted ones (they used to be ignored).",
      "English aliases for the query parameters: type, province, year, category, sort, page, per_page.",
      "ETag and Last-Modified on every read; If-None-Match and If-Modified-Since answer 304.",
      "Reads send Cache-Control: " + "public, max-age=0, s-maxage=5, stale-while-revalidate=30, stale-if-error=86400.",
    ],
  },
  { version: "1.0.0", date: "2026-11-23", changes: ["First version: institutions, one institution, years, search, health."] },
];

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const idOf = (schema: z.ZodType) => {
  const meta = apiSchemas.get(schema);
  if (!meta) throw new Error("An API answer schema is not registered in apiSchemas.");
  return meta.id;
};

const header = (description: string, schema: Record<string, unknown> = { type: "string" }) => ({ description, schema });
const readHeaders = (cacheControl: string) => ({
  "Cache-Control": header(`Always \`${cacheControl}\`.`, { type: "string", const: cacheControl }),
  ETag: header("A weak validator of the body; send it back in If-None-Match."),
  "Last-Modified": header("When the data the answer was read from last changed (never earlier); send it back in If-Modified-Since."),
});

function operation(route: ApiRoute) {
  const parameters = [
    ...(route.pathParams ?? []).map((p) => ({ name: p.name, in: "path", required: true, description: p.description, schema: p.schema })),
    ...route.query.flatMap((key) => {
      const spec: ParamSpec = PARAMS[key];
      const { $schema: _s, ...plain } = z.toJSONSchema(spec.schema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
      const base = { in: "query", required: false, schema: spec.documented ?? plain };
      return [
        { ...base, name: spec.name, description: spec.description },
        ...(spec.alias ? [{ ...base, name: spec.alias, description: `English alias of \`${spec.name}\`. ${spec.description}` }] : []),
      ];
    }),
  ];
  const okContent: Record<string, unknown> = { "application/json": { schema: ref(idOf(route.ok.schema)) } };
  if (route.ok.csv) okContent["text/csv"] = { schema: { type: "string" } };
  const reads = route.cacheControl !== "no-store";
  const responses: Record<string, unknown> = {
    "200": { description: route.ok.description, headers: reads ? readHeaders(route.cacheControl) : { "Cache-Control": header("no-store") }, content: okContent },
  };
  if (reads) responses["304"] = { description: "Not modified: the ETag (or Last-Modified) sent matches.", headers: readHeaders(route.cacheControl) };
  if (route.redirect) responses["301"] = { description: route.redirect, headers: { Location: header("The current address.", { type: "string", format: "uri" }) } };
  for (const e of route.errors) {
    const cacheControl = e.status === 400 ? ERROR_CACHE_CONTROL : route.cacheControl;
    responses[String(e.status)] = {
      description: e.description,
      headers: { "Cache-Control": header(`\`${cacheControl}\`.`, { type: "string", const: cacheControl }) },
      ...(e.schema ? { content: { "application/json": { schema: ref(idOf(e.schema)) } } } : {}),
    };
  }
  return { get: { summary: route.summary, parameters, responses } };
}

function description() {
  const log = CHANGELOG.map((v) => `### ${v.version} (${v.date})\n\n${v.changes.map((c) => `- ${c}`).join("\n")}`).join("\n\n");
  return [
    "Published merit-system evaluation results of Indonesian government institutions, read-only and open, no sign-in.",
    "## Versioning\n\nThe path carries the major version (`/api/v1`). Within it, fields and parameters are only added, never renamed or removed; a change that would break a client gets `/api/v2`. `info.version` says which additions a server has.",
    `## Caching\n\nEvery read answers with \`ETag\` and \`Last-Modified\` and honours \`If-None-Match\` / \`If-Modified-Since\` with \`304\`. Reads may be kept by shared caches for ${SHARED_FRESH_SECONDS} s (\`s-maxage=${SHARED_FRESH_SECONDS}\`), served stale while refreshed for ${SHARED_STALE_WHILE_REVALIDATE_SECONDS} s more and while the service is down for a day; browsers revalidate every time. A published change shows through any cache within ${SHARED_FRESH_SECONDS + SHARED_STALE_WHILE_REVALIDATE_SECONDS} s. Errors of the request (400) are \`no-store\`.`,
    "## Parameters\n\nEach query parameter has its Indonesian name (as the site's own addresses write it) and an English alias; give one of them, once. Anything a route does not list is refused with `400` naming it.",
    `## Changelog\n\n${log}`,
  ].join("\n\n");
}

export function openApiDocument() {
  const { schemas } = z.toJSONSchema(apiSchemas, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, Record<string, unknown>>;
  };
  const components = Object.fromEntries(
    Object.entries(schemas).map(([id, s]) => {
      const { $schema: _s, $id: _id, ...plain } = s;
      return [id, plain];
    }),
  );
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: { title: "Jejak Merit API", version: API_VERSION, description: description(), license: { name: "Open data; registry data ODbL (idn-area-data)" } },
    paths: Object.fromEntries(API_ROUTES.map((r) => [r.path, operation(r)])),
    components: { schemas: components },
  };
}
