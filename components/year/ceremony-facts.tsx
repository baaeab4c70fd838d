// The national ceremony of an evaluation round, as published.
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import type { Ceremony } from "@/lib/public/dataset";
import { safeHref } from "@/lib/validation/web-url";

export async function CeremonyFacts({ ceremony }: { ceremony: Ceremony }) {
  const t = await getTranslations("year");
  const locale = await getLocale();
  const href = safeHref(ceremony.sourceUrl);
  return (
    <div className="space-y-1 text-sm">
      <p>
        {t("ceremonyFacts", {
          date: formatDate(ceremony.date, locale),
          city: ceremony.city,
          venue: ceremony.venue ? ` (${ceremony.venue})` : "",
          evaluator: ceremony.evaluator,
        })}
      </p>
      {ceremony.totalCount != null && <p>{t("published", { total: ceremony.totalCount })}</p>}
      {ceremony.sangatBaikCount != null && ceremony.baikCount != null && (
        <p>{t("publishedSplit", { sangatBaik: ceremony.sangatBaikCount, baik: ceremony.baikCount })}</p>
      )}
      {ceremony.breakdown && <p>{t("breakdown", { text: ceremony.breakdown })}</p>}
      {ceremony.notes && <p className="text-slate-600">{t("notes", { text: ceremony.notes })}</p>}
      {href && (
        <p>
          <a href={href} rel="noopener noreferrer nofollow" className="break-all text-blue-800 underline">
            {t("source")}: {new URL(href).hostname.replace(/^www\./, "")}
          </a>
        </p>
      )}
    </div>
  );
}
