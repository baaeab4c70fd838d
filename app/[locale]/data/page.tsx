import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { pythonExample, typescriptExample } from "@/components/data/api-examples";
import { publicUrl } from "@/lib/public-url";
import { localePath, pageMetadata } from "@/lib/seo";

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

const codeBlock = "overflow-x-auto rounded-lg border border-slate-200 bg-slate-50 p-3 font-mono text-sm";

/** The address with break opportunities after each "/" and before each "?", "&" and "=". */
function breakable(address: string) {
  return address.split(/(?<=\/)|(?=[?&=])/).flatMap((part, i) => (i ? [<wbr key={i} />, part] : [part]));
}

export default async function DataPage() {
  const t = await getTranslations("data");
  const locale = await getLocale();
  const base = publicUrl();
  return (
    <article className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      {/* A list, not a table: on a phone each address gets the full width and breaks only
          after a "/" or before a "?" or "&", never inside a word. */}
      <h2 className="text-lg font-semibold">{t("endpoint")}</h2>
      <dl className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
        {ENDPOINTS.map(([href, key]) => (
          <div key={href} className="space-y-1 p-2 sm:grid sm:grid-cols-[1fr_1fr] sm:gap-4 sm:space-y-0">
            <dt>
              <a href={href} className="font-mono text-blue-800 underline">
                GET {breakable(href)}
              </a>
            </dt>
            <dd>{t(key)}</dd>
          </div>
        ))}
      </dl>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <a href={localePath("/data/api", locale)} className="text-blue-800 underline">
            {t("reference")}
          </a>
        </li>
        <li>
          <a href="/api/v1/openapi.json" className="text-blue-800 underline">
            {t("openapi")}
          </a>
        </li>
      </ul>
      <section aria-labelledby="examples" className="space-y-2">
        <h2 id="examples" className="text-lg font-semibold">
          {t("examples")}
        </h2>
        <p>{t("examplesIntro")}</p>
        <h3 className="font-semibold">TypeScript</h3>
        <pre className={codeBlock} tabIndex={0} aria-label="TypeScript">
          <code>{typescriptExample(base)}</code>
        </pre>
        <h3 className="font-semibold">Python</h3>
        <pre className={codeBlock} tabIndex={0} aria-label="Python">
          <code>{pythonExample(base)}</code>
        </pre>
      </section>
      <p className="text-sm text-slate-600">{t("licence")}</p>
    </article>
  );
}
