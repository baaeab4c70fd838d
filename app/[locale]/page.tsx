import { categoryLabel, formatScore } from "@/lib/format";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LazyNationalChart } from "@/components/charts/lazy-national-chart";
import { StaticNationalChart } from "@/components/charts/static-national-chart";
import { changeText } from "@/components/results/change-text";
import { CategoryBadge } from "@/components/ui/category-badge";
import { ScrollBox } from "@/components/ui/scroll-box";
import { RoundFacts } from "@/components/year/round-facts";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getHomeView } from "@/lib/queries/public";
import { localePath, pageMetadata } from "@/lib/seo";
import { placeholderLocaleParams } from "@/lib/static-params";

// The home page, at / and /en. Its one static parameter is a placeholder language, so the
// build renders no real home page (and reads no database): each language's page is
// rendered on its first visit and cached whole, like an institution page.
export const generateStaticParams = placeholderLocaleParams;

export async function generateMetadata(): Promise<Metadata> {
  const locale = await pageLocale(); // a 404 status for the placeholder before anything streams
  const t = await getTranslations("home");
  return pageMetadata({ path: "/", description: t("description"), locale });
}

export default async function HomePage() {
  const t = await getTranslations("home");
  const locale = await getLocale();
  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        <p className="max-w-prose text-slate-700">{t("intro")}</p>
        <form action={localePath("/instansi", locale)} method="get" role="search" className="flex max-w-xl gap-2">
          <label className="flex-1 text-sm">
            <span className="sr-only">{t("searchLabel")}</span>
            <input type="search" name="q" placeholder={t("searchLabel")} aria-label={t("searchLabel")} className="w-full rounded border border-slate-400 bg-white p-2" />
          </label>
          <button type="submit" className="rounded bg-blue-800 px-4 py-2 text-sm font-semibold text-white">
            {t("searchButton")}
          </button>
        </form>
        <p>
          <Link href="/instansi/kota-pekalongan" className="text-blue-800 underline">
            {t("example")}
          </Link>
        </p>
      </section>
      <National />
    </div>
  );
}

async function National() {
  const locale = await pageLocale();
  const view = await getHomeView();
  const t = await getTranslations("home");
  const ti = await getTranslations("institution.table");
  const latestScheme = view.schemes.find((s) => s.code === view.national.at(-1)?.schemeCode) ?? view.schemes[0];
  const categories = [...latestScheme.categories]
    .sort((a, b) => b.rank - a.rank)
    .map((c) => ({ code: c.code, name: categoryLabel(c, locale), rank: c.rank, levels: latestScheme.categories.length }));
  const rows = view.national.map((y) => ({ year: y.year, ...Object.fromEntries(y.counts.map((c) => [c.code, c.count])) }));
  return (
    <>
      <section aria-labelledby="national" className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
        <h2 id="national" className="text-lg font-semibold">
          {t("national")}
        </h2>
        <p className="text-sm text-slate-600">{t("nationalNote", { count: view.evaluated })}</p>
        <ul aria-hidden="true" className="flex flex-wrap gap-2">
          {categories.map((c) => (
            <li key={c.code}>
              <CategoryBadge name={c.name} rank={c.rank} levels={c.levels} />
            </li>
          ))}
        </ul>
        <LazyNationalChart data={{ rows, categories }} title={t("nationalChart")} drawn={<StaticNationalChart data={{ rows, categories }} title={t("nationalChart")} />} />
        <ScrollBox label={t("nationalCaption")}>
          <table className="w-full text-left text-sm" data-testid="national-table">
            <caption className="p-1 text-left text-slate-700">{t("nationalCaption")}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">
                  {t("year")}
                </th>
                {categories.map((c) => (
                  <th scope="col" key={c.code} className="p-2 text-right">
                    {c.name}
                  </th>
                ))}
                <th scope="col" className="p-2 text-right">
                  {t("total")}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.national.map((y) => (
                <tr key={y.year} className="border-t border-slate-200">
                  <th scope="row" className="p-2">
                    <Link href={`/tahun/${y.year}`} className="text-blue-800 underline">
                      {y.year}
                    </Link>
                  </th>
                  {categories.map((c) => (
                    <td key={c.code} className="p-2 text-right tabular-nums">
                      {y.counts.find((x) => x.code === c.code)?.count ?? 0}
                    </td>
                  ))}
                  <td className="p-2 text-right font-semibold tabular-nums">{y.counts.reduce((n, c) => n + c.count, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        {view.latestRound && (
          <section aria-labelledby="ceremony" className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
            <h2 id="ceremony" className="text-lg font-semibold">
              {t("ceremony")}:{" "}
              <Link href={`/tahun/${view.latestRound.year}`} className="text-blue-800 underline">
                {view.latestRound.year}
              </Link>
            </h2>
            <RoundFacts round={view.latestRound} />
          </section>
        )}
        <section aria-labelledby="movers" className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
          <h2 id="movers" className="text-lg font-semibold">
            {t("movers")}
          </h2>
          <p className="text-sm text-slate-600">{t("moversNote")}</p>
          <table className="w-full text-left text-sm" data-testid="movers">
            <caption className="sr-only">{t("moversCaption")}</caption>
            <tbody>
              {view.movers.map((m) => (
                <tr key={`${m.slug}-${m.toYear}`} className="border-t border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-2 font-normal">
                    <Link href={`/instansi/${m.slug}`} className="font-semibold text-blue-800 underline">
                      {m.name}
                    </Link>
                    <span className="block text-xs text-slate-600">
                      {m.fromYear} → {m.toYear}
                    </span>
                  </th>
                  <td className="py-2 pr-2">
                    {m.to && <CategoryBadge name={locale === "id" ? m.to.name : m.to.nameEn} rank={m.to.rank} levels={m.to.levels} />}
                    {m.toScore != null && <span className="ml-1 tabular-nums">{formatScore(m.toScore, locale)}</span>}
                  </td>
                  <td className="py-2 whitespace-nowrap">{changeText(m.change, locale, (year) => ti("since", { year }))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </>
  );
}
