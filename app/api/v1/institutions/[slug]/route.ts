// GET /api/v1/institutions/:slug — one institution and its published evaluations, by round;
// ?format=csv downloads the evaluations table. A renamed institution's old slug answers
// 301 to its current address on PUBLIC_URL.
import { Institution } from "@/lib/api/contract";
import { toCsv } from "@/lib/csv";
import { csvAnswer, errorAnswer, jsonAnswer } from "@/lib/api/http";
import { institutionResource } from "@/lib/api/institution-resource";
import { parseParams } from "@/lib/api/params";
import { INSTITUTION_ROUTE } from "@/lib/api/routes";
import { publicUrl } from "@/lib/public-url";
import { isSlug } from "@/lib/public/slug";
import { getDatasetStamp } from "@/lib/cache/dataset";
import { getInstitutionProfile, getSlugRedirect } from "@/lib/queries/public";

// The round columns come last: a reader of the earlier columns by position reads them as before.
const COLUMNS = ["year", "status", "category", "score", "self_assessed_score", "announced_at", "evaluator", "source_urls", "round", "round_evaluator", "round_announced_on"];

export async function GET(request: Request, { params }: RouteContext<"/api/v1/institutions/[slug]">) {
  const { slug } = await params;
  const url = new URL(request.url);
  const parsed = parseParams(url.searchParams, INSTITUTION_ROUTE.query);
  if (!parsed.ok) return errorAnswer(400, parsed.error);
  // Text that cannot be a slug is unknown before any cached read sees it, and is not echoed.
  if (!isSlug(slug)) return errorAnswer(404, { error: "not_found", message: "Not an institution slug." });
  const profile = await getInstitutionProfile(slug);
  if (!profile) {
    const current = await getSlugRedirect(slug);
    if (current) {
      // On the public address, never one built from the request's Host header.
      const moved = new URL(`${publicUrl()}/api/v1/institutions/${current}`);
      moved.search = url.search;
      return Response.redirect(moved, 301);
    }
    return errorAnswer(404, { error: "not_found", message: `No institution with slug "${slug}".` });
  }
  if (parsed.values.format === "csv") {
    const rows = profile.evaluations.map((e) => [
      e.year,
      e.status,
      e.category?.name ?? null,
      e.score,
      e.selfAssessedScore,
      e.announcedAt,
      e.evaluator,
      e.sources.map((s) => s.url ?? s.documentRef).join(" "),
      e.round.code,
      e.round.evaluator,
      e.round.announcedOn,
    ]);
    return csvAnswer(request, toCsv(COLUMNS, rows), `${slug}.csv`, await getDatasetStamp());
  }
  return jsonAnswer(request, Institution, institutionResource(profile), await getDatasetStamp());
}
