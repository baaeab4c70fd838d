"use client";
// Picks the institutions to compare; the selection lives in the URL (?i=a,b,c).
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { usePathname, useRouter } from "next/navigation";
import { useInstitutionSearch } from "./use-institution-search";

import { MAX_COMPARED } from "./compare-data";
export { MAX_COMPARED };

export function ComparePicker(props: { selected: { slug: string; name: string }[] }) {
  const [client] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <Picker {...props} />
    </QueryClientProvider>
  );
}

function Picker({ selected }: { selected: { slug: string; name: string }[] }) {
  const t = useTranslations("compare");
  const router = useRouter();
  const pathname = usePathname();
  const [q, setQ] = useState("");
  const search = useInstitutionSearch(q);
  const inputId = useId();
  const go = (slugs: string[]) => {
    router.push(slugs.length ? `${pathname}?i=${slugs.join(",")}` : pathname);
    setQ("");
  };
  const slugs = selected.map((s) => s.slug);
  const full = slugs.length >= MAX_COMPARED;
  const hits = (search.data ?? []).filter((h) => !slugs.includes(h.slug));
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
      <p className="text-sm">{t("pick")}</p>
      <ul aria-label={t("selected")} className="flex flex-wrap gap-2">
        {selected.map((s) => (
          <li key={s.slug} className="inline-flex items-center gap-1 rounded-full border border-slate-400 px-3 py-1 text-sm">
            {s.name}
            <button
              type="button"
              onClick={() => go(slugs.filter((x) => x !== s.slug))}
              aria-label={t("remove", { name: s.name })}
              className="ml-1 rounded px-1 font-bold text-slate-700 hover:bg-slate-200"
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={inputId} className="block text-sm">
        {t("search")}
      </label>
      <input
        id={inputId}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        disabled={full}
        autoComplete="off"
        className="block w-full rounded border border-slate-400 p-2 text-sm"
      />
      {full && <p className="text-sm text-slate-700">{t("full")}</p>}
      <div aria-live="polite" className="text-sm">
        {search.isFetching && <p>{t("searching")}</p>}
        {search.isError && <p role="alert">{t("searchError")}</p>}
        {search.isSuccess && hits.length === 0 && !search.isFetching && <p>{t("noMatch")}</p>}
      </div>
      {hits.length > 0 && !full && (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200">
          {hits.map((h) => (
            <li key={h.slug}>
              <button
                type="button"
                onClick={() => go([...slugs, h.slug])}
                aria-label={t("add", { name: h.name })}
                className="w-full p-2 text-left text-sm hover:bg-slate-100"
              >
                <span className="font-semibold">{h.name}</span>
                {h.provinceName && h.type !== "provinsi" && <span className="text-slate-600"> · {h.provinceName}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
