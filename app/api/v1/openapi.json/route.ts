// GET /api/v1/openapi.json — the read-only API described for tools.
const text = (description: string) => ({ description, content: { "application/json": {} } });
const q = (name: string, description: string, schema: object = { type: "string" }) => ({ name, in: "query", description, schema });

const spec = {
  openapi: "3.1.0",
  info: { title: "Jejak Merit API", version: "1.0.0", description: "Published merit-system evaluation results, read-only." },
  paths: {
    "/api/v1/institutions": {
      get: {
        summary: "Institutions with their latest (or a given year's) result",
        parameters: [
          q("q", "name or alias"),
          q("jenis", "type", { enum: ["kementerian", "lembaga", "provinsi", "kabupaten", "kota"] }),
          q("provinsi", "province code (Kemendagri), e.g. 33"),
          q("tahun", "evaluation year", { type: "integer" }),
          q("kategori", "category code, e.g. sangat-baik"),
          q("urut", "sort", { enum: ["name", "score", "change"] }),
          q("hal", "page", { type: "integer", minimum: 1 }),
          q("per", "items per page (default 25, at most 1000)", { type: "integer", minimum: 1, maximum: 1000 }),
          q("format", "csv for a CSV download", { enum: ["json", "csv"] }),
        ],
        responses: { "200": text("A page of results") },
      },
    },
    "/api/v1/institutions/{slug}": {
      get: {
        summary: "One institution and its published evaluations by year",
        parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }, q("format", "csv", { enum: ["json", "csv"] })],
        responses: { "200": text("The institution"), "404": text("Unknown slug") },
      },
    },
    "/api/v1/years/{year}": {
      get: {
        summary: "One evaluation round: counts per category, ceremony, and one page of results and of not-evaluated institutions (CSV: every result)",
        parameters: [
          { name: "year", in: "path", required: true, schema: { type: "integer" } },
          q("hal", "page, from 1", { type: "integer", minimum: 1 }),
          q("per", "rows per page (default 25, at most 1000)", { type: "integer", minimum: 1, maximum: 1000 }),
          q("format", "csv", { enum: ["json", "csv"] }),
        ],
        responses: { "200": text("The year"), "404": text("No scheme covers that year") },
      },
    },
    "/api/v1/search": {
      get: { summary: "Institutions by name and alias", parameters: [q("q", "search text")], responses: { "200": text("Up to 10 matches") } },
    },
    "/api/health": { get: { summary: "Service and database status", responses: { "200": text("ok"), "503": text("database down") } } },
  },
};

export function GET() {
  return Response.json(spec);
}
