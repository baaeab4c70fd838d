import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { pageMetadata } from "@/lib/seo";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("data");
  return pageMetadata({ path: "/data", title: t("title"), description: t("description"), locale: await getLocale() });
}

const ENDPOINTS = [
  ["/api/v1/institutions?jenis=kota&provinsi=33", "list"],
  ["/api/v1/institutions/kota-pekalongan", "one"],
  ["/api/v1/years/2023", "year"],
  ["/api/v1/search?q=pekalongan", "search"],
  ["/api/health", "health"],
] as const;

export default async function DataPage() {
  const t = await getTranslations("data");
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="p-2">{t("endpoint")}</th>
              <th scope="col" className="p-2">{t("meaning")}</th>
            </tr>
          </thead>
          <tbody>
            {ENDPOINTS.map(([href, key]) => (
              <tr key={href} className="border-t border-slate-200 align-top">
                <td className="p-2">
                  <a href={href} className="break-all font-mono text-blue-800 underline">GET {href}</a>
                </td>
                <td className="p-2">{t(key)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a href="/api/v1/openapi.json" className="text-blue-800 underline">{t("openapi")}</a>
      </p>
      <p className="text-sm text-slate-600">{t("licence")}</p>
    </article>
  );
}
