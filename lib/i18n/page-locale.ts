// The language of the page being rendered, from the [locale] root param. The home and
// methodology pages have a placeholder language as their one static parameter (so the
// build renders neither of them); they ask here before any cached read, so the placeholder
// is a 404 at build instead of a page read from whatever database the build can see.
import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { locale as rootLocale } from "next/root-params";
import { routing, type AppLocale } from "./routing";

export async function pageLocale(): Promise<AppLocale> {
  const locale = await rootLocale();
  if (!hasLocale(routing.locales, locale)) notFound();
  return locale;
}
