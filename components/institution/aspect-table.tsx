// The scores per aspect of an institution's most recent evaluation that has them, beside
// each aspect's maximum.
import { getLocale, getTranslations } from "next-intl/server";
import { formatScore } from "@/lib/format";
import type { EvaluationView } from "@/lib/queries/institution-profile";

export async function AspectTable({ evaluation }: { evaluation: EvaluationView }) {
  const locale = await getLocale();
  const t = await getTranslations("institution");
  return (
    <section aria-labelledby="aspects" className="space-y-2 print:hidden">
      <h2 id="aspects" className="text-lg font-semibold">
        {t("aspects", { year: evaluation.year })}
      </h2>
      <table className="text-sm" data-testid="aspects">
        <thead>
          <tr>
            <th scope="col" className="pr-6 text-left">
              {t("aspect")}
            </th>
            <th scope="col" className="pr-6 text-right">
              {t("aspectScore")}
            </th>
            <th scope="col" className="text-right">
              {t("aspectMax")}
            </th>
          </tr>
        </thead>
        <tbody>
          {evaluation.aspectScores.map((a) => (
            <tr key={a.code}>
              <th scope="row" className="py-1 pr-6 text-left font-normal">
                {locale === "id" ? a.name : a.nameEn}
              </th>
              <td className="py-1 pr-6 text-right tabular-nums">{formatScore(a.score, locale)}</td>
              <td className="py-1 text-right tabular-nums">{a.maxScore != null ? formatScore(a.maxScore, locale) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
