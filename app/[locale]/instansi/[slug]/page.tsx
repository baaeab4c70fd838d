import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound, permanentRedirect } from "next/navigation";
import { InstitutionView } from "@/components/institution/institution-view";
import { isSlug } from "@/lib/public/slug";
import { getInstitutionProfile, getPeerRanks, getSlugRedirect } from "@/lib/queries/public";
import { feedPath } from "@/lib/seo";
import { cardPath } from "@/lib/share/card-response";
import { localePath } from "@/lib/seo";
import { pageMetadata } from "@/lib/seo";
import { placeholderParams } from "@/lib/static-params";

// One placeholder entry keeps the build from reading the database and lets each
// institution page be cached after its first visit. The placeholder is not a slug: like
// any other text that is not one, it is a 404 before any cached read sees it (or logs it).
export const generateStaticParams = placeholderParams;

export async function generateMetadata({ params }: PageProps<"/[locale]/instansi/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  if (!isSlug(slug)) notFound();
  const profile = await getInstitutionProfile(slug);
  if (!profile) return redirectOrNotFound(slug, await getLocale());
  const t = await getTranslations("institution");
  const ts = await getTranslations("share");
  const locale = await getLocale();
  return pageMetadata({
    path: `/instansi/${slug}`,
    title: profile.name,
    description: t("metaDescription", { name: profile.name }),
    locale,
    image: { url: cardPath.institution(slug, locale), alt: ts("card.alt", { name: profile.name }) },
    feeds: [
      { path: feedPath.institution(slug), title: ts("feed.institutionLinkTitle", { name: profile.name }) },
      ...(profile.province ? [{ path: feedPath.province(profile.province.slug), title: ts("feed.provinceLinkTitle", { name: profile.province.name }) }] : []),
    ],
    oembed: true,
  });
}

export default function InstitutionPage({ params }: PageProps<"/[locale]/instansi/[slug]">) {
  return <Body params={params} />;
}

async function Body({ params }: Pick<PageProps<"/[locale]/instansi/[slug]">, "params">) {
  const { slug } = await params;
  if (!isSlug(slug)) notFound();
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
