// GET /api/v1/institutions/:slug — one institution and its published evaluations, by year.
import { getInstitutionProfile } from "@/lib/queries/public";
import { institutionResource } from "@/lib/api/institution-resource";

export async function GET(_request: Request, { params }: RouteContext<"/api/v1/institutions/[slug]">) {
  const { slug } = await params;
  const profile = await getInstitutionProfile(slug);
  if (!profile) {
    return Response.json({ error: "not_found", message: `No institution with slug "${slug}".` }, { status: 404 });
  }
  return Response.json(institutionResource(profile));
}
