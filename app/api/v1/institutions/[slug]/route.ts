// GET /api/v1/institutions/:slug — one institution and its published evaluations, by year;
// ?format=csv downloads the evaluations table.
import { csvResponse, toCsv } from "@/lib/api/csv";
import { institutionResource } from "@/lib/api/institution-resource";
import { getInstitutionProfile, getSlugRedirect } from "@/lib/queries/public";

const COLUMNS = ["year", "status", "category", "score", "self_assessed_score", "announced_at", "evaluator", "source_urls"];

export async function GET(request: Request, { params }: RouteContext<"/api/v1/institutions/[slug]">) {
  const { slug } = await params;
  const profile = await getInstitutionProfile(slug);
  if (!profile) {
    const current = await getSlugRedirect(slug);
    if (current) {
      const moved = new URL(request.url);
      moved.pathname = `/api/v1/institutions/${current}`;
      return Response.redirect(moved, 301);
    }
    return Response.json({ error: "not_found", message: `No institution with slug "${slug}".` }, { status: 404 });
  }
  if (new URL(request.url).searchParams.get("format") === "csv") {
    const rows = profile.evaluations.map((e) => [
      e.year,
      e.status,
      e.category?.name ?? null,
      e.score,
      e.selfAssessedScore,
      e.announcedAt,
      e.evaluator,
      e.sources.map((s) => s.url ?? s.documentRef).join(" "),
    ]);
    return csvResponse(toCsv(COLUMNS, rows), `${slug}.csv`);
  }
  return Response.json(institutionResource(profile));
}
