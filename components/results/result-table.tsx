// A table of institutions with one result each (index and year pages), server-rendered.
import { categoryLabel, formatScore } from "@/lib/format";
import { getLocale, getTranslations } from "next-intl/server";
import { CategoryBadge } from "@/components/ui/category-badge";
import { Link } from "@/lib/i18n/navigation";
import type { ResultRow } from "@/lib/public/views";
import { ScrollBox } from "@/components/ui/scroll-box";
import { ChangeLegend } from "./change-legend";
import { changeText } from "./change-text";

export async function ResultTable({ rows, caption, showYear = true }: { rows: ResultRow[]; caption: string; showYear?: boolean }) {
  const locale = await getLocale();
  const t = await getTranslations("index");
  const ti = await getTranslations("institution.table");
  const tt = await getTranslations("types");
  return (
    <div className="rounded-lg border border-slate-200 bg-white">
      <ScrollBox label={caption} className="rounded-lg">
        {/* Cell, link and note styles are set once here, not on each of up to 25 rows: a row
          is carried twice (HTML and RSC payload), so its markup is most of a long page. */}
        <table className="w-full text-left text-sm [&_a]:font-semibold [&_a]:text-blue-800 [&_a]:underline [&_small]:block [&_small]:text-xs [&_small]:text-slate-600 [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-200 [&_td]:p-2 [&_th]:p-2">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col">{t("name")}</th>
              {showYear && <th scope="col">{ti("year")}</th>}
              <th scope="col">{ti("category")}</th>
              <th scope="col" className="text-right">
                {ti("score")}
              </th>
              <th scope="col">{ti("change")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.slug} data-slug={r.slug}>
                <th scope="row" className="font-normal">
                  <Link href={`/instansi/${r.slug}`}>{r.name}</Link>
                  <small>
                    {tt(r.type)}
                    {r.provinceName && r.type !== "provinsi" ? ` · ${r.provinceName}` : ""}
                  </small>
                </th>
                {showYear && <td>{r.year ?? "—"}</td>}
                <td>
                  {r.category ? (
                    <CategoryBadge name={categoryLabel(r.category, locale)} rank={r.category.rank} levels={r.category.levels} />
                  ) : (
                    <span className="text-slate-600">{t("noResult")}</span>
                  )}
                </td>
                <td className="text-right tabular-nums">{r.score != null ? formatScore(r.score, locale) : "—"}</td>
                <td className="whitespace-nowrap">{changeText(r.change, locale, (year) => ti("since", { year }))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <ChangeLegend />
    </div>
  );
}
