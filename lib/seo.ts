// Titles, descriptions and canonical URLs: Indonesian at /path, English at /en/path. Every
// page also carries Open Graph and Twitter tags (with its social card where it has one) and
// links the Atom feeds that follow it.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { publicUrl } from "@/lib/public-url";

export function localePath(path: string, locale: string) {
  return locale === "id" ? path : `/en${path === "/" ? "" : path}`;
}

// Where each Atom feed lives: fixed addresses outside the [locale] pages, with a dot so the
// rewrite onto the pages (lib/addresses.ts) leaves them alone. English feeds add ?lang=en.
export const feedPath = {
  site: "/feed.xml",
  province: (slug: string) => `/feed/provinsi/${slug}.xml`,
  institution: (slug: string) => `/feed/instansi/${slug}.xml`,
};

const SITE_NAME = "Jejak Merit";

type Feed = { path: string; title: string };

export type PageMetadataInput = {
  path: string;
  title?: string;
  description: string;
  locale: string;
  /** The page's social card (1200×630 PNG) and its text alternative. */
  image?: { url: string; alt: string };
  /** Feeds about this page, listed before the site's own. */
  feeds?: Feed[];
  /** The page has an embeddable chart: its oEmbed discovery link (https://oembed.com/#section4). */
  oembed?: boolean;
};

export async function pageMetadata({ path, title, description, locale, image, feeds = [], oembed = false }: PageMetadataInput): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "share.feed" });
  const url = localePath(path, locale);
  const lang = (p: string) => (locale === "en" ? `${p}?lang=en` : p);
  const allFeeds = [...feeds, { path: feedPath.site, title: t("linkTitle") }];
  const images = image ? [{ url: image.url, width: 1200, height: 630, alt: image.alt, type: "image/png" }] : undefined;
  return {
    ...(title ? { title } : {}),
    description,
    alternates: {
      canonical: url,
      languages: { id: localePath(path, "id"), en: localePath(path, "en") },
      types: {
        "application/atom+xml": allFeeds.map((f) => ({ url: lang(f.path), title: f.title })),
        ...(oembed ? { "application/json+oembed": `/api/oembed?format=json&url=${encodeURIComponent(`${publicUrl()}${url}`)}` } : {}),
      },
    },
    openGraph: {
      type: "website",
      siteName: SITE_NAME,
      title: title ?? SITE_NAME,
      description,
      url,
      locale: locale === "id" ? "id_ID" : "en_GB",
      alternateLocale: locale === "id" ? ["en_GB"] : ["id_ID"],
      ...(images ? { images } : {}),
    },
    twitter: {
      card: images ? "summary_large_image" : "summary",
      title: title ?? SITE_NAME,
      description,
      ...(images ? { images: images.map((i) => ({ url: i.url, alt: i.alt })) } : {}),
    },
  };
}
