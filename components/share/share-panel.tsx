// Under an institution's chart: the <iframe> code that puts the chart on another site, its
// Atom feed and the printable report card. Screen only; the printout has its own footer.
import { getLocale, getTranslations } from "next-intl/server";
import { feedPath } from "@/lib/seo";
import { publicUrl } from "@/lib/public-url";
import { embedPath, iframeCode } from "@/components/share/embed";
import { PrintButton } from "./print-button";

export async function SharePanel({ slug, name }: { slug: string; name: string }) {
  const locale = await getLocale();
  const t = await getTranslations("share");
  const feed = `${feedPath.institution(slug)}${locale === "en" ? "?lang=en" : ""}`;
  const code = iframeCode(`${publicUrl()}${embedPath.institution(slug, locale)}`, t("embed.title", { name }));
  return (
    <section aria-labelledby="share" className="space-y-2 rounded-lg border border-slate-200 bg-white p-3 print:hidden">
      <h2 id="share" className="text-lg font-semibold">
        {t("panel")}
      </h2>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <a href={feed} type="application/atom+xml" className="text-blue-800 underline">
          {t("feed.follow")}
        </a>
        <PrintButton label={t("report.print")} />
      </div>
      <label htmlFor="embed-code" className="block text-sm font-semibold">
        {t("embed.codeLabel")}
      </label>
      <p id="embed-help" className="text-sm text-slate-600">
        {t("embed.help")}
      </p>
      <textarea id="embed-code" readOnly rows={3} aria-describedby="embed-help" className="w-full rounded border border-slate-300 p-2 font-mono text-xs" defaultValue={code} />
    </section>
  );
}
