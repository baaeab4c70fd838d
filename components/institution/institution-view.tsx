// The institution page body: who it is, its trajectory chart and the table of results with sources.
import { getLocale, getTranslations } from "next-intl/server";
import { LazyTrajectoryChart } from "@/components/charts/lazy-trajectory-chart";
import { StaticTrajectoryChart } from "@/components/charts/static-trajectory-chart";
import { CategoryBadge } from "@/components/ui/category-badge";
import { ScrollBox } from "@/components/ui/scroll-box";
import { ChangeLegend } from "@/components/results/change-legend";
import { ReportAddress } from "@/components/share/report-address";
import { SharePanel } from "@/components/share/share-panel";
import { ChartDownloads } from "@/components/charts/chart-downloads";
import { changeText } from "@/components/results/change-text";
import { categoryLabel, formatDate, formatScore } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { peerRanks } from "@/lib/public/views";
import type { InstitutionProfile } from "@/lib/queries/institution-profile";
import { AspectTable } from "./aspect-table";
import { rankText } from "./rank-text";
import { SourceList } from "./source-list";
import { chartData, chartScheme, trajectoryOf } from "@/components/charts/trajectory-data";

type Ranks = ReturnType<typeof peerRanks>;

export async function InstitutionView({ profile, ranks }: { profile: InstitutionProfile; ranks: Ranks }) {
  const locale = await getLocale();
  const t = await getTranslations("institution");
  const tt = await getTranslations("types");
  const tr = await getTranslations("reasons");
  const te = await getTranslations("evaluators");
  const summary = trajectoryOf(profile);
  const reason = (code: string | null) => tr(code ?? "other");
  const describe = {
    scored: (category: string, score: string) => t("describe.scored", { category, score }),
    categoryOnly: (category: string) => t("describe.categoryOnly", { category }),
    notEvaluated: (r: string) => t("describe.notEvaluated", { reason: r }),
    missing: t("describe.missing"),
    reason,
  };
  const chart = chartData(profile, summary.points, locale, describe, {
    notEvaluated: t("chart.notEvaluated"),
    missing: t("describe.missing"),
    schemeBreak: t("chart.schemeBreak"),
    provisional: t("chart.provisional"),
  });
  // The chart is drawn in the scheme of the latest result: its bands may not be official yet.
  const chartSchemeDef = chart ? chartScheme(profile.schemes, summary.points) : undefined;
  const chartTitle = t("chartTitle", { name: profile.name });
  const byRound = new Map(profile.evaluations.map((e) => [e.round.code, e]));
  type Stored = InstitutionProfile["evaluations"][number];
  const announcedOf = (e: Stored, status: string) => (status === "evaluated" ? (e.round.announcedOn ?? e.announcedAt) : e.announcedAt);
  const evaluatorOf = (e: Stored, status: string) => (status === "evaluated" ? (e.evaluator ?? e.round.evaluator) : e.evaluator);
  const latest = summary.latest;
  const levelsOf = (code: string) => profile.schemes.find((s) => s.code === code)?.categories.length ?? 4;
  const tp = await getTranslations("typesPlural");
  const withAspects = [...profile.evaluations].reverse().find((e) => e.aspectScores.length > 0);

  return (
    // Printed, the page is the institution's one-page A4 report card (globals.css @page): the
    // chart, results with sources, rank and next due year, then the address and its QR code.
    <article className="space-y-6 print:space-y-3 print:text-sm">
      <header className="space-y-1">
        <p className="text-sm uppercase tracking-wide text-slate-600">
          {tt(profile.type)}
          {profile.province && profile.type !== "provinsi" ? ` · ${t("province", { name: profile.province.name })}` : ""}
        </p>
        <h1 className="text-2xl font-bold sm:text-3xl">{profile.name}</h1>
        {profile.aliases.length > 0 && (
          <p className="text-sm text-slate-600">
            {t("aliases")}: {profile.aliases.slice(0, 6).join(", ")}
          </p>
        )}
        {profile.successors.length > 0 && (
          <p className="text-sm text-slate-700">
            {t("former")}{" "}
            {profile.successors.map((s, i) => (
              <span key={s.slug}>
                {i > 0 && ", "}
                <Link href={`/instansi/${s.slug}`} className="text-blue-800 underline">
                  {s.name}
                </Link>
              </span>
            ))}
          </p>
        )}
      </header>

      {latest ? (
        <section aria-label={t("latest", { year: latest.year })} className="flex flex-wrap items-center gap-3">
          <span className="text-slate-700">{t("latest", { year: latest.year })}:</span>
          {latest.category && <CategoryBadge name={categoryLabel(latest.category, locale)} rank={latest.category.rank} levels={levelsOf(latest.schemeCode)} />}
          {latest.score != null && <span className="font-semibold">{formatScore(latest.score, locale)}</span>}
          {summary.nextDueYear && <span className="text-slate-700">· {t("nextDue", { year: summary.nextDueYear })}</span>}
        </section>
      ) : (
        <p>{t("noResults")}</p>
      )}

      {ranks?.national && (
        <section aria-label={t("rank", { year: ranks.year })} className="text-sm" data-testid="peer-ranks">
          <p>
            <strong>{t("rank", { year: ranks.year })}:</strong> {rankText(t, ranks.national, { type: tp(profile.type) })}
            {ranks.province && profile.province && (
              <>
                {" · "}
                {rankText(t, ranks.province, { type: tp(profile.type), province: profile.province.name })}
              </>
            )}
          </p>
          <p className="text-slate-600">{t("peerNote")}</p>
        </section>
      )}

      {chart && (
        <section className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
          <h2 className="text-lg font-semibold">{chartTitle}</h2>
          <p className="text-sm text-slate-600 print:hidden">{t("chartSummary")}</p>
          <p className="text-sm" data-testid="chart-text">
            {t("chartText", { steps: chart.series[0].points.map((p) => `${p.year}: ${p.description}`).join("; ") })}
          </p>
          {chartSchemeDef?.provisional && (
            <p className="text-sm text-amber-900" data-testid="provisional-bands">
              {t("chart.provisionalNote", { name: locale === "id" ? chartSchemeDef.name : chartSchemeDef.nameEn })}
            </p>
          )}
          <div id="trajectory">
            <LazyTrajectoryChart data={chart} title={chartTitle} drawn={<StaticTrajectoryChart data={chart} title={chartTitle} />} />
          </div>
          <p className="flex flex-wrap items-center gap-2 text-sm print:hidden">
            <span>{t("downloads")}:</span>
            <ChartDownloads targetId="trajectory" filename={profile.slug} labels={{ svg: t("downloadSvg"), png: t("downloadPng") }} />
            <a href={`/api/v1/institutions/${profile.slug}?format=csv`} className="text-blue-800 underline">
              {t("downloadCsv")}
            </a>
            <a href={`/api/v1/institutions/${profile.slug}`} className="text-blue-800 underline">
              {t("downloadJson")}
            </a>
            <span className="flex-1" />
            <Link href={`/bandingkan?i=${profile.slug}`} className="text-blue-800 underline">
              {t("compareWith")}
            </Link>
          </p>
        </section>
      )}

      <SharePanel slug={profile.slug} name={profile.name} />

      {withAspects && <AspectTable evaluation={withAspects} />}

      {summary.points.length > 0 && (
        <div className="rounded-lg border border-slate-200 bg-white">
          {/* Above the scrolling box, not a caption in it: a caption is as wide as the table
              and was cut off at the screen's edge. */}
          <h2 id="results" className="p-3 font-semibold">
            {t("table.caption", { name: profile.name })}
          </h2>
          <ScrollBox labelledBy="results" className="rounded-b-lg">
            <table className="w-full text-left text-sm" aria-labelledby="results">
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="p-2">
                    {t("table.year")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("table.category")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("table.score")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("table.change")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("table.announced")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("table.sources")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.points.map((p) => {
                  const e = p.round ? byRound.get(p.round.code) : undefined;
                  // A year between two results with no record: the chart marks it, so the table lists it.
                  if (!e) {
                    return (
                      <tr key={p.year} data-year={p.year} className="border-t border-slate-200 align-top">
                        <th scope="row" className="p-2 font-semibold">
                          {p.year}
                        </th>
                        <td className="p-2 text-slate-600" colSpan={5}>
                          {t("describe.missing")}
                        </td>
                      </tr>
                    );
                  }
                  return (
                    <tr key={e.round.code} data-year={p.year} data-round={e.round.code} className="border-t border-slate-200 align-top">
                      <th scope="row" className="p-2 font-semibold">
                        {p.year}
                      </th>
                      <td className="p-2">
                        {p.status === "not_evaluated" ? (
                          <span>{t("table.notEvaluated", { reason: reason(e.notEvaluatedReason) })}</span>
                        ) : (
                          p.category && <CategoryBadge name={categoryLabel(p.category, locale)} rank={p.category.rank} levels={levelsOf(p.schemeCode)} />
                        )}
                      </td>
                      <td className="p-2">
                        {p.score != null ? formatScore(p.score, locale) : p.status === "evaluated" ? <span className="text-slate-600">{t("table.noScore")}</span> : "—"}
                        {e.selfAssessedScore != null && (
                          <span className="block text-xs text-slate-600">
                            {t("table.selfScore")}: {formatScore(e.selfAssessedScore, locale)}
                          </span>
                        )}
                      </td>
                      <td className="p-2 whitespace-nowrap">{changeText(p.change, locale, (year) => t("table.since", { year }))}</td>
                      <td className="p-2">
                        {/* A result's round says who announced it and when (a year may hold several); a year not evaluated has only its own. */}
                        {announcedOf(e, p.status) ? formatDate(announcedOf(e, p.status)!, locale) : "—"}
                        {evaluatorOf(e, p.status) && <span className="block text-xs text-slate-600">{te(evaluatorOf(e, p.status)!)}</span>}
                      </td>
                      <td className="p-2">
                        <SourceList sources={e.sources} locale={locale} empty={p.status === "evaluated" ? t("table.noSource") : "—"} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollBox>
          <ChangeLegend />
        </div>
      )}
      <ReportAddress slug={profile.slug} />
    </article>
  );
}
