// Titles, descriptions and canonical URLs: Indonesian at /path, English at /en/path.
import type { Metadata } from "next";

export function localePath(path: string, locale: string) {
  return locale === "id" ? path : `/en${path === "/" ? "" : path}`;
}

export function pageMetadata({ path, title, description, locale }: { path: string; title?: string; description: string; locale: string }): Metadata {
  return {
    ...(title ? { title } : {}),
    description,
    alternates: {
      canonical: localePath(path, locale),
      languages: { id: localePath(path, "id"), en: localePath(path, "en") },
    },
  };
}
