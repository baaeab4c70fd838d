// GET /api/v1/institutions/:slug — one institution and its published evaluations, by year;
// ?format=csv downloads the evaluations table.
import { csvResponse, toCsv } from "@/lib/api/csv";
import { institutionResource } from "@/lib/api/institution-resource";
import { publicUrl } from "@/lib/auth/config";
import { isSlug } from "@/lib/public/slug";
import { getInstitutionProfile, getSlugRedirect } from "@/lib/queries/public";

const COLUMNS = ["year", "status", "category", "score", "self_assessed_score", "announced_at", "evaluator", "source_urls"];

export async function GET(request: Request, { params }: RouteContext<"/api/v1/institutions/[slug]">) {
  const { slug } = await params;
  // Text that cannot be a slug is unknown before any cached read sees it, and is not echoed.
  if (!isSlug(slug)) return Response.json({ error: "not_found", message: "Not an institution slug." }, { status: 404 });
  const profile = await getInstitutionProfile(slug);
  if (!profile) {
    const current = await getSlugRedirect(slug);
    if (current) {
      // On the public address, never one built from the request's Host header.
      const moved = new URL(`${publicUrl()}/api/v1/institutions/${current}`);
      moved.search = new URL(request.url).search;
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
