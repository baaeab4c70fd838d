import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { locale as rootLocale } from "next/root-params";
import { SiteHeader } from "@/components/site/site-header";
import { routing } from "@/lib/i18n/routing";
import "../globals.css";

// Every root param needs at least one value at build time.
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return {
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
    metadataBase: new URL(process.env.PUBLIC_URL ?? "http://localhost:3000"),
    icons: { icon: "/favicon.svg" },
  };
}

export default async function LocaleLayout({ children }: LayoutProps<"/[locale]">) {
  const locale = await rootLocale();
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations("site");
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {t("skip")}
        </a>
        <SiteHeader />
        {/* At least a screen tall, so content streaming in never pushes the footer into view. */}
        <main id="main" className="mx-auto min-h-screen max-w-5xl px-4 py-6 print:min-h-0 print:max-w-none print:p-0">
          {children}
        </main>
        <footer className="mx-auto max-w-5xl px-4 pb-8 text-sm text-slate-600 print:hidden">{t("footer")}</footer>
      </body>
    </html>
  );
}
