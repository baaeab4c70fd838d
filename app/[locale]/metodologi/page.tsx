import { categoryLabel, formatDate, formatOnScale, formatScore } from "@/lib/format";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CategoryBadge } from "@/components/ui/category-badge";
import { ScrollBox } from "@/components/ui/scroll-box";
import { safeHref } from "@/lib/validation/web-url";
import { Link } from "@/lib/i18n/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { getFilterOptions } from "@/lib/queries/public";
import { pageMetadata } from "@/lib/seo";
import { placeholderLocaleParams } from "@/lib/static-params";

// At /metodologi and /en/metodologi. A placeholder language as its one static parameter,
// like the home page: cached whole after its first visit (and after each write that
// expires the dataset), without reading the database at build.
export const generateStaticParams = placeholderLocaleParams;

export async function generateMetadata(): Promise<Metadata> {
  const locale = await pageLocale(); // a 404 status for the placeholder before anything streams
  const t = await getTranslations("method");
  return pageMetadata({ path: "/metodologi", title: t("title"), description: t("description"), locale });
}

export default async function MethodologyPage() {
  const t = await getTranslations("method");
  return (
    <article className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <Schemes />
    </article>
  );
}

async function Schemes() {
  const locale = await pageLocale();
  const { schemes, rounds, updatedAt } = await getFilterOptions();
  const te = await getTranslations("evaluators");
  const t = await getTranslations("method");
  const n = (v: number) => formatScore(v, locale);
  return (
    <>
      <section aria-labelledby="schemes" className="space-y-4">
        <h2 id="schemes" className="text-xl font-semibold">
          {t("schemes")}
        </h2>
        {schemes.map((s) => {
          const cats = [...s.categories].sort((a, b) => a.rank - b.rank);
          const biennial = cats.filter((c) => c.reevaluateAfterYears > 1);
          return (
            <section key={s.code} aria-labelledby={`scheme-${s.code}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
              <h3 id={`scheme-${s.code}`} className="text-lg font-semibold">
                {locale === "id" ? s.name : s.nameEn}
              </h3>
              <p className="text-sm">
                {s.validToYear ? t("period", { from: s.validFromYear, to: s.validToYear }) : t("periodOpen", { from: s.validFromYear })}
                {". "}
                {t("scale", { min: n(s.scale.min), max: n(s.scale.max), step: n(s.scale.step) })}
              </p>
              <table className="text-sm">
                <caption className="text-left font-semibold">
                  {t("bandsCaption", { name: locale === "id" ? s.name : s.nameEn })}
                  {s.provisional && ` (${t("provisional")})`}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className="pr-6 text-left">
                      {t("category")}
                    </th>
                    <th scope="col" className="text-right">
                      {t("range")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {cats.map((c, i) => {
                    // Every band as "from – to" on the scheme's own step, the last up to the scale's top.
                    const next = cats[i + 1];
                    const upper = next ? next.lowerBound - s.scale.step : s.scale.max;
                    const on = (v: number) => formatOnScale(Number(v.toFixed(6)), s.scale.step, locale);
                    return (
                      <tr key={c.code}>
                        <td className="py-1 pr-6">
                          <CategoryBadge name={categoryLabel(c, locale)} rank={c.rank} levels={cats.length} />
                        </td>
                        <td className="py-1 text-right tabular-nums">{t("between", { from: on(c.lowerBound), to: on(upper) })}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              {s.provisional && (
                <p className="text-sm text-amber-900" data-testid={`provisional-${s.code}`}>
                  {t("provisionalNote")}
                </p>
              )}
              {s.components && s.components.length > 0 && (
                <div>
                  <h4 className="font-semibold">{t("components")}</h4>
                  <ul className="list-disc pl-6 text-sm">
                    {s.components.map((c) => (
                      <li key={c.code}>
                        {locale === "id" ? c.name : c.nameEn}: {c.subtracted ? t("subtracted") : t("weight", { weight: n(c.weightPercent ?? 0) })}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {s.aspects.some((a) => a.maxScore != null) ? (
                <table className="text-sm">
                  <caption className="text-left text-base font-semibold">{t("aspects")}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="pr-6 text-left">
                        <span className="sr-only">{t("aspect")}</span>
                      </th>
                      <th scope="col" className="text-right font-normal text-slate-600">
                        {t("aspectMax")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.aspects.map((a, i) => (
                      <tr key={a.code}>
                        <td className="py-0.5 pr-6">
                          {i + 1}. {locale === "id" ? a.name : a.nameEn}
                        </td>
                        {/* A maximum the regulation does not publish is shown as unknown, not left out. */}
                        <td className="py-0.5 text-right tabular-nums">
                          {a.maxScore != null ? (
                            n(a.maxScore)
                          ) : (
                            <>
                              <span aria-hidden="true">—</span>
                              <span className="sr-only">{t("maxUnknown")}</span>
                            </>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <div>
                  <h4 className="font-semibold">{t("aspects")}</h4>
                  <ol className="list-decimal pl-6 text-sm">
                    {s.aspects.map((a) => (
                      <li key={a.code}>{locale === "id" ? a.name : a.nameEn}</li>
                    ))}
                  </ol>
                  <p className="text-sm text-slate-600">{t("noMaxima")}</p>
                </div>
              )}
              {biennial.map((c) => (
                <p key={c.code} className="text-sm">
                  <strong>{t("cycle")}:</strong> {t("cycleText", { category: c.name, years: c.reevaluateAfterYears })}
                </p>
              ))}
            </section>
          );
        })}
        <p className="text-sm">{t("break")}</p>
      </section>
      <section aria-labelledby="rounds" className="space-y-2">
        <h2 id="rounds" className="text-xl font-semibold">
          {t("rounds")}
        </h2>
        <p>{t("roundsText")}</p>
        <ScrollBox labelledBy="rounds">
          <table className="w-full text-left text-sm" data-testid="rounds">
            <caption className="sr-only">{t("roundsCaption")}</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">
                  {t("roundsYear")}
                </th>
                <th scope="col" className="p-2">
                  {t("roundsName")}
                </th>
                <th scope="col" className="p-2">
                  {t("roundsEvaluator")}
                </th>
                <th scope="col" className="p-2">
                  {t("roundsAnnounced")}
                </th>
                <th scope="col" className="p-2">
                  {t("roundsSources")}
                </th>
                <th scope="col" className="p-2">
                  {t("roundsCode")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((r) => (
                <tr key={r.code} data-round={r.code} className="border-t border-slate-200 align-top">
                  <th scope="row" className="p-2 font-semibold">
                    <Link href={`/tahun/${r.year}`} className="text-blue-800 underline">
                      {r.year}
                    </Link>
                  </th>
                  <td className="p-2">{locale === "en" ? r.nameEn : r.name}</td>
                  <td className="p-2">{te(r.evaluator)}</td>
                  <td className="p-2">{r.announcedOn ? formatDate(r.announcedOn, locale) : t("roundsUndated")}</td>
                  <td className="p-2">
                    {r.sourceUrls
                      .flatMap((u) => safeHref(u) ?? [])
                      .map((href) => (
                        <a key={href} href={href} rel="noopener noreferrer nofollow" className="block break-all text-blue-800 underline">
                          {new URL(href).hostname.replace(/^www\./, "")}
                        </a>
                      ))}
                  </td>
                  <td className="p-2 font-mono text-xs">{r.code}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </section>
      <section aria-labelledby="data" className="space-y-2">
        <h2 id="data" className="text-xl font-semibold">
          {t("data")}
        </h2>
        <p>{t("dataText")}</p>
        <p>{t("registry")}</p>
        <p>
          <Link href="/data" className="text-blue-800 underline">
            {t("api")}
          </Link>
        </p>
        {updatedAt && <p className="text-sm text-slate-600">{t("updated", { date: formatDate(updatedAt.slice(0, 10), locale) })}</p>}
      </section>
    </>
  );
}
