// The embeddable charts: an institution's trajectory, or a comparison, as a complete HTML
// document with no site chrome and no JavaScript (the server-drawn chart, its text summary
// and a link back). Cached until one of the institutions shown changes.
import { cacheLife, cacheTag } from "next/cache";
import { getTranslations } from "next-intl/server";
import { SeriesLegend } from "@/components/charts/series-legend";
import { StaticTrajectoryChart } from "@/components/charts/static-trajectory-chart";
import type { TrajectoryChartData } from "@/components/charts/trajectory-types";
import { compareChart } from "@/components/compare/compare-chart-data";
import { chartData, trajectoryOf, type ChartLabels, type Describe } from "@/components/charts/trajectory-data";
import { publicUrl } from "@/lib/public-url";
import { checkArguments, readArguments } from "@/lib/queries/arguments";
import { tags } from "@/lib/cache/tags";
import { getInstitutionProfile } from "@/lib/queries/public";
import { localePath } from "@/lib/seo";
import { escapeHtml, staticMarkup } from "@/lib/share/static-markup";

type Locale = "id" | "en";

/** The iframe's size: the chart's fixed height plus its title, summary and link. */
export const EMBED_SIZE = { width: 720, height: 480 } as const;

export const embedPath = {
  institution: (slug: string, locale: string) => `/embed/instansi/${slug}${locale === "en" ? "?lang=en" : ""}`,
  compare: (slugs: string[], locale: string) => `/embed/bandingkan?i=${slugs.join(",")}${locale === "en" ? "&lang=en" : ""}`,
};

/** The <iframe> a site pastes to show an embed. */
export function iframeCode(src: string, title: string, size: { width: number; height: number } = EMBED_SIZE): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${size.width}" height="${size.height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

// The few utility classes the shared chart components use, written out: the site's
// stylesheet is not loaded here.
const STYLE = [
  "*{box-sizing:border-box}",
  "body{margin:0;padding:12px;font:14px/1.4 system-ui,sans-serif;color:#0f172a;background:#fff}",
  "h1{font-size:16px;margin:0 0 8px}p{margin:8px 0 0}a{color:#1e40af}figure{margin:0}ul{list-style:none;margin:0 0 8px;padding:0}",
  ".relative{position:relative}.absolute{position:absolute}.w-full{width:100%}.left-0{left:0}.bottom-0{bottom:0}",
  ".flex{display:flex}.flex-wrap{flex-wrap:wrap}.gap-x-4{column-gap:16px}.gap-y-1{row-gap:4px}.inline-flex{display:inline-flex}",
  ".items-center{align-items:center}.gap-2{gap:8px}.text-sm{font-size:13px}.muted{color:#475569}",
].join("");

async function chartWords(locale: Locale): Promise<{ describe: Describe; labels: ChartLabels }> {
  const t = await getTranslations({ locale, namespace: "institution" });
  const tr = await getTranslations({ locale, namespace: "reasons" });
  return {
    describe: {
      scored: (category, score) => t("describe.scored", { category, score }),
      categoryOnly: (category) => t("describe.categoryOnly", { category }),
      notEvaluated: (reason) => t("describe.notEvaluated", { reason }),
      missing: t("describe.missing"),
      reason: (code) => tr(code ?? "other"),
    },
    labels: { notEvaluated: t("chart.notEvaluated"), missing: t("describe.missing"), schemeBreak: t("chart.schemeBreak"), provisional: t("chart.provisional") },
  };
}

function embedDocument({
  locale,
  title,
  chart,
  summary,
  link,
  linkText,
  legend,
}: {
  locale: Locale;
  title: string;
  chart: TrajectoryChartData;
  summary: string;
  link: string;
  linkText: string;
  legend: boolean;
}): string {
  const body = staticMarkup(
    <main>
      <h1>{title}</h1>
      {legend && <SeriesLegend series={chart.series} />}
      <StaticTrajectoryChart data={chart} title={title} />
      <p className="text-sm" data-testid="chart-text">
        {summary}
      </p>
      <p className="text-sm muted">
        {/* A new tab: the embedding page stays where it is. */}
        <a href={link} target="_blank" rel="noopener">
          {linkText}
        </a>{" "}
        · Jejak Merit
      </p>
    </main>,
  );
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

const steps = (chart: TrajectoryChartData, i: number) => chart.series[i].points.map((p) => `${p.year}: ${p.description}`).join("; ");

/** The embed of one institution, or null when there is none at that slug (or nothing to draw). */
export async function institutionEmbedHtml(...args: [slug: string, locale: Locale]): Promise<string | null> {
  "use cache";
  const [slug, locale] = checkArguments("institutionEmbedHtml", readArguments.slugInLocale, args);
  cacheTag(tags.institution(slug));
  cacheLife("days");
  const profile = await getInstitutionProfile(slug);
  if (!profile) return null;
  const { describe, labels } = await chartWords(locale);
  const chart = chartData(profile, trajectoryOf(profile).points, locale, describe, labels);
  if (!chart) return null;
  const t = await getTranslations({ locale, namespace: "institution" });
  const ts = await getTranslations({ locale, namespace: "share.embed" });
  return embedDocument({
    locale,
    title: ts("title", { name: profile.name }),
    chart,
    summary: t("chartText", { steps: steps(chart, 0) }),
    link: `${publicUrl()}${localePath(`/instansi/${slug}`, locale)}`,
    linkText: ts("linkBack"),
    legend: false,
  });
}

/** The embed of a comparison, or null when none of the slugs is an institution. */
export async function compareEmbedHtml(...args: [slugs: string[], locale: Locale]): Promise<string | null> {
  "use cache";
  const [slugs, locale] = checkArguments("compareEmbedHtml", readArguments.slugsInLocale, args);
  for (const slug of slugs) cacheTag(tags.institution(slug));
  cacheLife("days");
  const profiles = (await Promise.all(slugs.map((s) => getInstitutionProfile(s)))).filter((p) => p !== null);
  if (!profiles.some((p) => p.evaluations.length)) return null;
  const withResults = profiles.filter((p) => p.evaluations.length);
  const { describe, labels } = await chartWords(locale);
  const chart = compareChart(withResults, locale, describe, labels);
  const t = await getTranslations({ locale, namespace: "institution" });
  const ts = await getTranslations({ locale, namespace: "share.embed" });
  return embedDocument({
    locale,
    title: ts("compareTitle"),
    chart,
    summary: t("chartText", { steps: chart.series.map((s, i) => `${s.name}: ${steps(chart, i)}`).join(" | ") }),
    link: `${publicUrl()}${localePath(`/bandingkan?i=${withResults.map((p) => p.slug).join(",")}`, locale)}`,
    linkText: ts("linkBack"),
    legend: true,
  });
}

/** How an embed is sent: framable from any site, and allowed nothing but its own inline style. */
export function embedResponse(html: string | null): Response {
  if (!html) return new Response("Grafik tidak ditemukan.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors *",
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "cache-control": "public, max-age=300",
    },
  });
}
