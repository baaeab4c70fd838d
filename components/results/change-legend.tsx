// What the change column's two forms mean: a score difference, or, when either year has no
// comparable score, only the direction of the category since that year.
import { getTranslations } from "next-intl/server";

export async function ChangeLegend() {
  const t = await getTranslations("institution.table");
  return <p className="px-3 py-2 text-xs text-slate-600">{t("changeLegend")}</p>;
}
