import { categoryLabel } from "@/lib/format";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ResultTable } from "@/components/results/result-table";
import { CategoryBadge } from "@/components/ui/category-badge";
import { schemeForYear } from "@/lib/merit";
import { INSTITUTION_TYPES } from "@/lib/merit";
import { filtersQuery } from "@/lib/public/filters";
import { indexFiltersOf } from "@/lib/public/view-paths";
import { SORTS } from "@/lib/public/views";
import { Link } from "@/lib/i18n/navigation";
import { feedPath } from "@/lib/seo";
import { pageMetadata } from "@/lib/seo";
import { getFilterOptions, getIndexView } from "@/lib/queries/public";
import { notFound } from "next/navigation";
import { PLACEHOLDER_SLUG, placeholderViewParams } from "@/lib/static-params";

// /instansi?…, with the filters moved into the [view] segment by the proxy
// (lib/addresses.ts): one cached page per filter state, refreshed when a write expires the
// dataset. The placeholder keeps the build from reading the database.
export const generateStaticParams = placeholderViewParams;

export async function generateMetadata({ params }: PageProps<"/[locale]/instansi/daftar/[view]">): Promise<Metadata> {
  const t = await getTranslations("index");
  // A list narrowed to one province links that province's feed.
  const { view } = await params;
  const code = view === PLACEHOLDER_SLUG ? undefined : indexFiltersOf(view).province;
  const province = code ? (await getFilterOptions()).provinces.find((p) => p.code === code) : undefined;
  const ts = await getTranslations("share.feed");
  const feeds = province ? [{ path: feedPath.province(province.slug), title: ts("provinceLinkTitle", { name: province.name }) }] : [];
  return pageMetadata({ path: "/instansi", title: t("title"), description: t("description"), locale: await getLocale(), feeds });
}

export default function IndexPage({ params }: PageProps<"/[locale]/instansi/daftar/[view]">) {
  return <Body params={params} />;
}

const field = "mt-1 block w-full rounded border border-slate-400 bg-white p-2 text-sm";

async function Body({ params }: Pick<PageProps<"/[locale]/instansi/daftar/[view]">, "params">) {
  const { view: key } = await params;
  if (key === PLACEHOLDER_SLUG) notFound();
  const filters = indexFiltersOf(key);
  const [view, options] = await Promise.all([getIndexView(filters), getFilterOptions()]);
  const t = await getTranslations("index");
  const tt = await getTranslations("types");
  const locale = await getLocale();
  const scheme = schemeForYear(options.schemes, filters.year ?? options.years.at(-1) ?? 0) ?? options.schemes[0];
  const categories = [...scheme.categories].sort((a, b) => b.rank - a.rank);
  const query = filtersQuery(filters, { page: undefined });
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <form method="get" role="search" aria-label={t("title")} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3">
        <div className="text-sm sm:col-span-3">
          <label htmlFor="f-q" className="block">
            {t("search")}
          </label>
          <input type="search" id="f-q" name="q" defaultValue={filters.q ?? ""} className={field} />
        </div>
        <div className="text-sm">
          <label htmlFor="f-jenis" className="block">
            {t("type")}
          </label>
          <select id="f-jenis" name="jenis" defaultValue={filters.type ?? ""} className={field}>
            <option value="">{t("all")}</option>
            {INSTITUTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {tt(type)}
              </option>
            ))}
          </select>
        </div>
        <div className="text-sm">
          <label htmlFor="f-provinsi" className="block">
            {t("province")}
          </label>
          <select id="f-provinsi" name="provinsi" defaultValue={filters.province ?? ""} className={field}>
            <option value="">{t("all")}</option>
            {options.provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="text-sm">
          <label htmlFor="f-tahun" className="block">
            {t("year")}
          </label>
          <select id="f-tahun" name="tahun" defaultValue={filters.year ?? ""} className={field}>
            <option value="">{t("latestYear")}</option>
            {options.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="text-sm">
          <label htmlFor="f-kategori" className="block">
            {t("category")}
          </label>
          <select id="f-kategori" name="kategori" defaultValue={filters.category ?? ""} className={field}>
            <option value="">{t("all")}</option>
            {categories.map((c) => (
              <option key={c.code} value={c.code}>
                {categoryLabel(c, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="text-sm">
          <label htmlFor="f-urut" className="block">
            {t("sort")}
          </label>
          <select id="f-urut" name="urut" defaultValue={filters.sort ?? "name"} className={field}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded bg-blue-800 px-4 py-2 text-sm font-semibold text-white">
            {t("apply")}
          </button>
          <Link href="/instansi" className="text-sm text-blue-800 underline">
            {t("reset")}
          </Link>
        </div>
      </form>

      <div className="flex flex-wrap items-center gap-3 text-sm" aria-live="polite">
        <strong data-testid="result-count">{t("count", { total: view.total })}</strong>
        {categories.some((c) => view.categoryCounts[c.code]) && <span className="text-slate-600">{t("countsBy")}:</span>}
        {categories
          .filter((c) => view.categoryCounts[c.code])
          .map((c) => (
            <span key={c.code} className="inline-flex items-center gap-1">
              <CategoryBadge name={locale === "id" ? c.name : c.nameEn} rank={c.rank} levels={scheme.categories.length} />
              {view.categoryCounts[c.code]}
            </span>
          ))}
        <span className="flex-1" />
        <span>
          {t("download")}:{" "}
          <a className="text-blue-800 underline" href={`/api/v1/institutions${query ? `${query}&` : "?"}format=csv`}>
            CSV
          </a>{" "}
          <a className="text-blue-800 underline" href={`/api/v1/institutions${query}`}>
            JSON
          </a>
        </span>
      </div>

      {view.rows.length ? <ResultTable rows={view.rows} caption={t("caption")} /> : <p>{t("empty")}</p>}

      {view.pageCount > 1 && (
        <nav aria-label={t("pagination")} className="flex items-center justify-between text-sm">
          {view.page > 1 ? (
            <Link href={`/instansi${filtersQuery(filters, { page: view.page - 1 })}`} className="text-blue-800 underline" rel="prev">
              {t("prev")}
            </Link>
          ) : (
            <span />
          )}
          <span>{t("page", { page: view.page, count: view.pageCount })}</span>
          {view.page < view.pageCount ? (
            <Link href={`/instansi${filtersQuery(filters, { page: view.page + 1 })}`} className="text-blue-800 underline" rel="next">
              {t("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </section>
  );
}
