import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader() {
  const t = await getTranslations("site");
  const locale = await getLocale();
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label={t("name")} className="mx-auto flex max-w-5xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-slate-900">
          {t("name")}
        </Link>
        <span className="flex-1" />
        <LanguageSwitch label={t("nav.language")} target={locale === "id" ? "en" : "id"} />
      </nav>
    </header>
  );
}
