"use client";
// Picks the institutions to compare; the selection lives in the URL (?i=a,b,c). The search
// is a combobox (ARIA 1.2, list autocomplete): arrows move through the matches, Enter adds
// the one shown as active, Escape closes the list (and clears the text once closed). With
// one institution chosen, the list offers its peers before anything is typed.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { usePathname, useRouter } from "next/navigation";
import { useInstitutionSearch, type SearchHit } from "./use-institution-search";

import { MAX_COMPARED } from "@/lib/public/compare-slugs";

type Props = { selected: { slug: string; name: string }[]; peers?: SearchHit[] };

// Adding or removing loads the page of the new selection, a new picker: it takes the focus
// back, so the keyboard stays in the search. The mark outlives the navigation.
const REFOCUS = "compare-picker-refocus";

export function ComparePicker(props: Props) {
  const [client] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <Picker {...props} />
    </QueryClientProvider>
  );
}

function Picker({ selected, peers = [] }: Props) {
  const t = useTranslations("compare");
  const router = useRouter();
  const pathname = usePathname();
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(true);
  const [active, setActive] = useState(-1);
  const search = useInstitutionSearch(q);
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const slugs = selected.map((s) => s.slug);
  const full = slugs.length >= MAX_COMPARED;
  const typed = q.trim().length >= 2;
  const options = (typed ? (search.data ?? []) : q.trim() ? [] : peers).filter((h) => !slugs.includes(h.slug));
  const expanded = open && !full && options.length > 0;
  const optionId = (i: number) => `${listId}-${i}`;

  // One institution alone compares with nothing: the search is where to go next.
  const alone = selected.length === 1;
  useEffect(() => {
    if (sessionStorage.getItem(REFOCUS) || alone) input.current?.focus();
    sessionStorage.removeItem(REFOCUS);
  }, [alone]);

  const go = (next: string[]) => {
    sessionStorage.setItem(REFOCUS, "1");
    router.push(next.length ? `${pathname}?i=${next.join(",")}` : pathname);
    setQ("");
    setActive(-1);
  };
  const add = (h: SearchHit) => go([...slugs, h.slug]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = options.length;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!n) return;
      setOpen(true);
      const down = e.key === "ArrowDown";
      // From a closed list, Down starts at the first and Up at the last; then they wrap.
      setActive((i) => (!expanded || i < 0 ? (down ? 0 : n - 1) : (i + (down ? 1 : n - 1)) % n));
    } else if (e.key === "Enter") {
      if (expanded && active >= 0 && active < n) {
        e.preventDefault();
        add(options[active]);
      }
    } else if (e.key === "Escape") {
      if (expanded) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (q) {
        e.preventDefault();
        setQ("");
      }
    }
  };

  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
      <p className="text-sm">{alone ? t("addAnother", { name: selected[0].name }) : t("pick")}</p>
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
      <div className="relative">
        <input
          ref={input}
          id={inputId}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={hintId}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          disabled={full}
          autoComplete="off"
          className="block w-full rounded border border-slate-400 p-2 text-sm"
        />
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {t("keys")}
        </p>
      </div>
      {full && <p className="text-sm text-slate-700">{t("full")}</p>}
      <div aria-live="polite" className="text-sm">
        {search.isFetching && <p>{t("searching")}</p>}
        {search.isError && <p role="alert">{t("searchError")}</p>}
        {typed && search.isSuccess && options.length === 0 && !search.isFetching && <p>{t("noMatch")}</p>}
      </div>
      {!typed && expanded && (
        <p aria-hidden="true" className="text-sm font-semibold">
          {t("peers")}
        </p>
      )}
      <ul id={listId} role="listbox" aria-label={typed ? t("matches") : t("peers")} hidden={!expanded} className="divide-y divide-slate-200 rounded border border-slate-200">
        {expanded &&
          options.map((h, i) => (
            <li
              key={h.slug}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              // Keep the focus in the search: the list is operated from there.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => add(h)}
              className={`cursor-pointer p-2 text-sm hover:bg-slate-100 ${i === active ? "bg-blue-50 outline-2 -outline-offset-2 outline-blue-800" : ""}`}
            >
              <span className="font-semibold">{h.name}</span>
              {h.provinceName && h.type !== "provinsi" && <span className="text-slate-600"> · {h.provinceName}</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
