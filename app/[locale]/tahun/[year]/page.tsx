import { categoryLabel, formatDate } from "@/lib/format";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ResultTable } from "@/components/results/result-table";
import { CategoryBadge } from "@/components/ui/category-badge";
import { RoundFacts } from "@/components/year/round-facts";
import { Link } from "@/lib/i18n/navigation";
import { getFilterOptions, getYearSummary } from "@/lib/queries/public";
import { pageMetadata } from "@/lib/seo";
import { cardPath } from "@/lib/share/card-response";
import { PLACEHOLDER_SLUG } from "@/lib/static-params";

// A placeholder, never a real year: the build must not read the database.
export function generateStaticParams() {
  return [{ year: PLACEHOLDER_SLUG }];
}

/** Results listed on the page (every demo year fits); the rest are one link away in the paginated index. */
const LISTED = 20;

const parseYear = (s: string) => (/^20\d\d$/.test(s) ? Number(s) : null);

export async function generateMetadata({ params }: PageProps<"/[locale]/tahun/[year]">): Promise<Metadata> {
  const year = parseYear((await params).year);
  if (year == null) notFound();
  const t = await getTranslations("year");
  const locale = await getLocale();
  const image = { url: cardPath.year(year, locale), alt: t("title", { year }) };
  return pageMetadata({ path: `/tahun/${year}`, title: t("title", { year }), description: t("description", { year }), locale, image });
}

export default function YearPage({ params }: PageProps<"/[locale]/tahun/[year]">) {
  return <Body params={params} />;
}

async function Body({ params }: Pick<PageProps<"/[locale]/tahun/[year]">, "params">) {
  const year = parseYear((await params).year);
  if (year == null) notFound();
  const [view, options] = await Promise.all([getYearSummary(year, LISTED), getFilterOptions()]);
  if (!view.scheme) notFound();
  const t = await getTranslations("year");
  const tr = await getTranslations("reasons");
  const locale = await getLocale();
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title", { year })}</h1>
      <nav aria-label={t("otherYears")} className="flex flex-wrap gap-2 text-sm">
        {options.yearPages.map((y) => (
          <Link key={y} href={`/tahun/${y}`} aria-current={y === year ? "page" : undefined} className={y === year ? "font-bold" : "text-blue-800 underline"}>
            {y}
          </Link>
        ))}
      </nav>
      <section aria-labelledby="counts" className="space-y-2">
        <h2 id="counts" className="text-lg font-semibold">
          {t("counts")}
        </h2>
        <table className="text-sm" data-testid="year-counts">
          <caption className="sr-only">{t("countsCaption", { year })}</caption>
          <tbody>
            {view.counts.map((c) => (
              <tr key={c.category.code} data-category={c.category.code}>
                <th scope="row" className="py-1 pr-4 text-left font-normal">
                  <CategoryBadge name={categoryLabel(c.category, locale)} rank={c.category.rank} levels={c.category.levels} />
                </th>
                <td className="py-1 text-right tabular-nums">{c.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm text-slate-600">{t("recordedNote")}</p>
      </section>
      {view.rounds.length > 0 && (
        <section aria-labelledby="ceremony" className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
          <h2 id="ceremony" className="text-lg font-semibold">
            {t("rounds")} {year}
          </h2>
          {view.rounds.length > 1 && <p className="text-sm text-slate-600">{t("roundsNote")}</p>}
          {view.rounds.map((r) => (
            <div key={r.code} className="space-y-1">
              <h3 className="font-medium">{locale === "en" ? r.nameEn : r.name}</h3>
              <RoundFacts round={r} />
            </div>
          ))}
        </section>
      )}
      <section aria-labelledby="results" className="space-y-2">
        <h2 id="results" className="text-lg font-semibold">
          {t("results")}
        </h2>
        {view.resultsTotal > view.results.length && (
          <p className="text-sm" data-testid="year-results-more">
            {t("listedTop", { shown: view.results.length, total: view.resultsTotal })}{" "}
            <Link href={`/instansi?tahun=${year}&urut=score`} className="text-blue-800 underline">
              {t("listedAll", { year })}
            </Link>
          </p>
        )}
        {!view.results.length ? (
          <p>{t("noData")}</p>
        ) : view.rounds.length > 1 ? (
          // Several announcements this year: each round's results under its own name.
          view.rounds.map((r) => {
            const rows = view.results.filter((x) => x.round === r.code);
            const name = locale === "en" ? r.nameEn : r.name;
            return rows.length ? (
              <section key={r.code} data-round={r.code} className="space-y-1">
                <h3 className="font-medium">{r.announcedOn ? `${name} · ${formatDate(r.announcedOn, locale)}` : name}</h3>
                <ResultTable rows={rows} caption={`${t("results")}: ${name}`} showYear={false} />
              </section>
            ) : null;
          })
        ) : (
          <ResultTable rows={view.results} caption={t("results")} showYear={false} />
        )}
      </section>
      {view.notEvaluated.length > 0 && (
        <section aria-labelledby="not-evaluated" className="space-y-2">
          <h2 id="not-evaluated" className="text-lg font-semibold">
            {t("notEvaluated")}
          </h2>
          <ul className="list-disc pl-6 text-sm">
            {view.notEvaluated.map((n) => (
              <li key={n.slug}>
                <Link href={`/instansi/${n.slug}`} className="text-blue-800 underline">
                  {n.name}
                </Link>{" "}
                — {tr(n.reason ?? "other")}
              </li>
            ))}
          </ul>
          {view.notEvaluatedTotal > view.notEvaluated.length && <p className="text-sm">{t("notEvaluatedMore", { count: view.notEvaluatedTotal - view.notEvaluated.length })}</p>}
        </section>
      )}
    </section>
  );
}
