import { categoryLabel, formatScore } from "@/lib/format";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { LazyTrajectoryChart } from "@/components/charts/lazy-trajectory-chart";
import { StaticTrajectoryChart } from "@/components/charts/static-trajectory-chart";
import { SeriesLegend } from "@/components/charts/series-legend";
import { ComparePicker } from "@/components/compare/compare-picker";
import { compareChart } from "@/components/compare/compare-chart-data";
import { compareData } from "@/components/compare/compare-data";
import { CategoryBadge } from "@/components/ui/category-badge";
import { ScrollBox } from "@/components/ui/scroll-box";
import { Link } from "@/lib/i18n/navigation";
import { getInstitutionProfile, getPeers } from "@/lib/queries/public";
import { pageMetadata } from "@/lib/seo";
import { cardPath } from "@/lib/share/card-response";
import { notFound } from "next/navigation";
import { compareSlugsOf } from "@/lib/public/view-paths";
import { PLACEHOLDER_SLUG, placeholderViewParams } from "@/lib/static-params";

// /bandingkan?i=…, with the selection moved into the [view] segment by the proxy
// (lib/addresses.ts): one cached page per selection, refreshed when a write expires one of
// the compared institutions.
export const generateStaticParams = placeholderViewParams;

export async function generateMetadata({ params }: PageProps<"/[locale]/bandingkan/[view]">): Promise<Metadata> {
  const t = await getTranslations("compare");
  const { view } = await params;
  const slugs = view === PLACEHOLDER_SLUG ? [] : compareSlugsOf(view);
  const locale = await getLocale();
  const image = slugs.length ? { url: cardPath.compare(slugs, locale), alt: t("title") } : undefined;
  return pageMetadata({ path: "/bandingkan", title: t("title"), description: t("description"), locale, image });
}

export default async function ComparePage({ params }: PageProps<"/[locale]/bandingkan/[view]">) {
  const t = await getTranslations("compare");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Body params={params} />
    </section>
  );
}

async function Body({ params }: Pick<PageProps<"/[locale]/bandingkan/[view]">, "params">) {
  const { view: key } = await params;
  if (key === PLACEHOLDER_SLUG) notFound();
  const slugs = compareSlugsOf(key);
  const found = await Promise.all(slugs.map((s) => getInstitutionProfile(s)));
  const profiles = found.filter((p) => p !== null);
  const unknown = slugs.filter((_, i) => !found[i]);
  const t = await getTranslations("compare");
  const tc = await getTranslations("institution.chart");
  const locale = await getLocale();
  const messages = await getMessages();
  const data = compareData(profiles);
  // One institution alone: suggest what to compare it with.
  const peers = profiles.length === 1 ? await getPeers(profiles[0].slug) : [];
  const ti = await getTranslations("institution");
  const tr = await getTranslations("reasons");
  const chart =
    data &&
    compareChart(
      profiles,
      locale,
      {
        scored: (category, score) => ti("describe.scored", { category, score }),
        categoryOnly: (category) => ti("describe.categoryOnly", { category }),
        notEvaluated: (reason) => ti("describe.notEvaluated", { reason }),
        missing: ti("describe.missing"),
        reason: (code) => tr(code ?? "other"),
      },
      { notEvaluated: tc("notEvaluated"), missing: ti("describe.missing"), schemeBreak: tc("schemeBreak"), provisional: ti("chart.provisional") },
    );
  return (
    <>
      <NextIntlClientProvider messages={{ compare: messages.compare }}>
        <ComparePicker selected={profiles.map((p) => ({ slug: p.slug, name: p.name }))} peers={peers} />
      </NextIntlClientProvider>
      {unknown.length > 0 && (
        <p role="status" className="text-sm text-slate-700">
          {t("unknown", { slugs: unknown.join(", ") })}
        </p>
      )}
      {data && chart && (
        <>
          <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
            <h2 className="text-lg font-semibold">{t("chartTitle")}</h2>
            <p className="text-sm text-slate-600">{t("chartSummary")}</p>
            <SeriesLegend series={chart.series} />
            {/* Drawn on the server, then Recharts right after hydration (decision 006). */}
            <LazyTrajectoryChart
              data={chart}
              title={t("chartTitle")}
              testId="compare-chart"
              eager
              drawn={<StaticTrajectoryChart data={chart} title={t("chartTitle")} testId="compare-chart" />}
            />
          </section>
          <div className="rounded-lg border border-slate-200 bg-white">
            <h2 id="compare-caption" className="p-3 font-semibold">
              {t("caption")}
            </h2>
            <ScrollBox labelledBy="compare-caption" className="rounded-b-lg">
              <table className="w-full text-left text-sm" data-testid="compare-table" aria-labelledby="compare-caption">
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className="p-2">
                      {t("year")}
                    </th>
                    {profiles.map((p) => (
                      <th scope="col" key={p.slug} className="p-2">
                        <Link href={`/instansi/${p.slug}`} className="text-blue-800 underline">
                          {p.name}
                        </Link>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.table.map((row) => (
                    <tr key={row.year} className="border-t border-slate-200">
                      <th scope="row" className="p-2">
                        {row.year}
                      </th>
                      {row.cells.map((c, i) => (
                        <td key={profiles[i].slug} className="p-2">
                          {c.category ? (
                            <>
                              <CategoryBadge name={categoryLabel(c.category, locale)} rank={c.category.rank} levels={c.levels} />
                              {c.score != null && <span className="ml-1 tabular-nums">{formatScore(c.score, locale)}</span>}
                            </>
                          ) : c.notEvaluated ? (
                            tc("notEvaluated")
                          ) : (
                            "—"
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          </div>
        </>
      )}
    </>
  );
}
