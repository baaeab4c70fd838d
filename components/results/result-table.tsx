// A table of institutions with one result each (index and year pages), server-rendered.
import { categoryLabel, formatScore } from "@/lib/format";
import { getLocale, getTranslations } from "next-intl/server";
import { CategoryBadge } from "@/components/ui/category-badge";
import { Link } from "@/lib/i18n/navigation";
import type { ResultRow } from "@/lib/public/views";
import { changeText } from "./change-text";

export async function ResultTable({ rows, caption, showYear = true }: { rows: ResultRow[]; caption: string; showYear?: boolean }) {
  const locale = await getLocale();
  const t = await getTranslations("index");
  const ti = await getTranslations("institution.table");
  const tt = await getTranslations("types");
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-2">{t("name")}</th>
            {showYear && <th scope="col" className="p-2">{ti("year")}</th>}
            <th scope="col" className="p-2">{ti("category")}</th>
            <th scope="col" className="p-2 text-right">{ti("score")}</th>
            <th scope="col" className="p-2">{ti("change")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.slug} data-slug={r.slug} className="border-t border-slate-200">
              <th scope="row" className="p-2 font-normal">
                <Link href={`/instansi/${r.slug}`} className="font-semibold text-blue-800 underline">
                  {r.name}
                </Link>
                <span className="block text-xs text-slate-600">
                  {tt(r.type)}
                  {r.provinceName && r.type !== "provinsi" ? ` · ${r.provinceName}` : ""}
                </span>
              </th>
              {showYear && <td className="p-2">{r.year ?? "—"}</td>}
              <td className="p-2">
                {r.category ? (
                  <CategoryBadge name={categoryLabel(r.category, locale)} rank={r.category.rank} levels={r.category.levels} />
                ) : (
                  <span className="text-slate-600">{t("noResult")}</span>
                )}
              </td>
              <td className="p-2 text-right tabular-nums">{r.score != null ? formatScore(r.score, locale) : "—"}</td>
              <td className="p-2 whitespace-nowrap">{changeText(r.change, locale, (year) => ti("since", { year }))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
