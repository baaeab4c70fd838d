import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound, permanentRedirect } from "next/navigation";
import { InstitutionView } from "@/components/institution/institution-view";
import { getInstitutionProfile, getPeerRanks, getSlugRedirect } from "@/lib/queries/public";
import { localePath } from "@/lib/seo";
import { pageMetadata } from "@/lib/seo";
import { PLACEHOLDER_SLUG, placeholderParams } from "@/lib/static-params";

// One placeholder entry keeps the build from reading the database and lets each
// institution page be cached after its first visit.
export const generateStaticParams = placeholderParams;

export async function generateMetadata({ params }: PageProps<"/[locale]/instansi/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const profile = slug === PLACEHOLDER_SLUG ? null : await getInstitutionProfile(slug);
  if (!profile) return redirectOrNotFound(slug, await getLocale());
  const t = await getTranslations("institution");
  return pageMetadata({
    path: `/instansi/${slug}`,
    title: profile.name,
    description: t("metaDescription", { name: profile.name }),
    locale: await getLocale(),
  });
}

export default function InstitutionPage({ params }: PageProps<"/[locale]/instansi/[slug]">) {
  return (
    <Body params={params} />
  );
}

async function Body({ params }: Pick<PageProps<"/[locale]/instansi/[slug]">, "params">) {
  const { slug } = await params;
  if (slug === PLACEHOLDER_SLUG) notFound();
  const [profile, ranks] = await Promise.all([getInstitutionProfile(slug), getPeerRanks(slug)]);
  if (!profile) return redirectOrNotFound(slug, await getLocale());
  return <InstitutionView profile={profile} ranks={ranks} />;
}

/** An old slug (the institution was renamed) moves to the current page; anything else is unknown. */
async function redirectOrNotFound(slug: string, locale: string): Promise<never> {
  const current = await getSlugRedirect(slug);
  if (current) permanentRedirect(localePath(`/instansi/${current}`, locale));
  notFound();
}
