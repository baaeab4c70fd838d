// The Atom feeds of newly published results (site, province, institution): the response a
// feed route sends, in the language its `lang` query asks for (Indonesian by default).
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { categoryLabel, formatScore } from "@/lib/format";
import { isSlug } from "@/lib/public/slug";
import { publicUrl } from "@/lib/public-url";
import { getFeed, type FeedScope } from "@/lib/queries/feeds";
import { feedPath, localePath } from "@/lib/seo";
import { atomDocument } from "./atom";

export const ATOM_TYPE = "application/atom+xml";

const notFound = () => new Response("Umpan tidak ditemukan.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

/** The slug in a feed file name (`kota-pekalongan.xml`), or null. */
export const slugOfFile = (file: string) => {
  const slug = file.endsWith(".xml") ? file.slice(0, -4) : null;
  return isSlug(slug) ? slug : null;
};

export async function feedResponse(request: Request, scope: FeedScope): Promise<Response> {
  await connection();
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "id";
  const view = await getFeed(...scope);
  if (!view) return notFound();
  const t = await getTranslations({ locale, namespace: "share.feed" });
  const base = publicUrl();
  const [kind, slug] = scope;
  const self = kind === "site" ? feedPath.site : feedPath[kind](slug!);
  const page = kind === "site" ? "/" : kind === "province" ? `/instansi?provinsi=${view.provinceCode}` : `/instansi/${slug}`;
  const title = kind === "site" ? t("title") : t(kind === "province" ? "provinceTitle" : "institutionTitle", { name: view.name ?? "" });
  const xml = atomDocument({
    id: `${base}${self}`,
    title,
    subtitle: t("subtitle"),
    self: `${base}${self}${locale === "en" ? "?lang=en" : ""}`,
    alternate: `${base}${localePath(page, locale)}`,
    lang: locale,
    author: "Jejak Merit",
    // An empty feed is as new as the moment it was asked for.
    updated: view.results[0]?.updatedAt ?? new Date().toISOString(),
    entries: view.results.map((r) => {
      const vars = { name: r.institution, year: r.year };
      const entryTitle =
        r.status === "not_evaluated" || !r.category
          ? t("notEvaluated", vars)
          : r.score != null
            ? t("scored", { ...vars, category: categoryLabel(r.category, locale), score: formatScore(r.score, locale) })
            : t("categoryOnly", { ...vars, category: categoryLabel(r.category, locale) });
      return {
        // One id per institution and round (a year may hold two), in either language: an edit updates the entry.
        id: `${base}/instansi/${r.slug}#${r.round}`,
        title: entryTitle,
        updated: r.updatedAt,
        link: `${base}${localePath(`/instansi/${r.slug}`, locale)}`,
        summary: t("summary", vars),
      };
    }),
  });
  return new Response(xml, { headers: { "content-type": `${ATOM_TYPE}; charset=utf-8` } });
}
