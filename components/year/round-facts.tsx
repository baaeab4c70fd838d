// One round of results: when, where and by whom it was announced, what was published about it, its sources.
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import type { Round } from "@/lib/public/dataset";
import { safeHref } from "@/lib/validation/web-url";

export async function RoundFacts({ round }: { round: Round }) {
  const t = await getTranslations("year");
  const evaluators = await getTranslations("evaluators");
  const locale = await getLocale();
  const hrefs = round.sourceUrls.flatMap((u) => safeHref(u) ?? []);
  const evaluator = evaluators(round.evaluator);
  return (
    <div className="space-y-1 text-sm" data-round={round.code}>
      <p>
        {round.announcedOn
          ? t("roundFacts", {
              date: formatDate(round.announcedOn, locale),
              place: round.city ? t("roundPlace", { city: round.city, venue: round.venue ? ` (${round.venue})` : "" }) : "",
              evaluator,
            })
          : t("roundUndated", { evaluator })}
      </p>
      {round.totalCount != null && <p>{t("published", { total: round.totalCount })}</p>}
      {round.sangatBaikCount != null && round.baikCount != null && <p>{t("publishedSplit", { sangatBaik: round.sangatBaikCount, baik: round.baikCount })}</p>}
      {round.breakdown && <p>{t("breakdown", { text: round.breakdown })}</p>}
      {round.notes && <p className="text-slate-600">{t("notes", { text: round.notes })}</p>}
      {hrefs.map((href) => (
        <p key={href}>
          <a href={href} rel="noopener noreferrer nofollow" className="break-all text-blue-800 underline">
            {t("source")}: {new URL(href).hostname.replace(/^www\./, "")}
          </a>
        </p>
      ))}
    </div>
  );
}
