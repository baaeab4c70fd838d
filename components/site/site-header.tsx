import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitch } from "./language-switch";

const NAV = [
  ["/instansi", "institutions"],
  ["/bandingkan", "compare"],
  ["/metodologi", "method"],
  ["/data", "api"],
] as const;

export async function SiteHeader() {
  const t = await getTranslations("site");
  const locale = await getLocale();
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <nav aria-label={t("name")} className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-slate-900">
          {t("name")}
        </Link>
        <ul className="flex flex-1 flex-wrap gap-x-4 gap-y-1 text-sm">
          {NAV.map(([href, key]) => (
            <li key={href}>
              <Link href={href} className="text-blue-800 underline-offset-2 hover:underline">
                {t(`nav.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
        <LanguageSwitch label={t("nav.language")} target={locale === "id" ? "en" : "id"} />
      </nav>
    </header>
  );
}
