import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ApiReference } from "@/components/data/api-reference";
import { API_VERSION } from "@/lib/api/openapi";
import { pageMetadata } from "@/lib/seo";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiReference");
  return pageMetadata({ path: "/data/api", title: t("title"), description: t("description"), locale: await getLocale() });
}

export default async function ApiReferencePage() {
  const t = await getTranslations("apiReference");
  return (
    <article className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro", { version: API_VERSION })}</p>
      <p>
        <a href="/api/v1/openapi.json" className="text-blue-800 underline">
          {t("document")}
        </a>
      </p>
      <ApiReference />
    </article>
  );
}
