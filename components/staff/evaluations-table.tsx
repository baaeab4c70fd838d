"use client";
// The staff table of evaluations: filter, sort and page through TanStack Query without
// reloading; the view lives in the address (reload, Back and shared links keep it);
// publishing from a row calls the server action and refreshes the table.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useDeferredValue, useEffect, useState } from "react";
import { setPublication } from "@/lib/actions/evaluations";
import type { EvaluationList } from "@/lib/queries/staff";
import { filtersFromSearch, searchOfFilters, type EvaluationFilters as Filters } from "./evaluation-filters";
import { PUBLICATION_LABEL, STATUS_LABEL, inputClass, secondaryButtonClass } from "./labels";
import { StaffTable } from "@/components/ui/staff-table";

async function fetchEvaluations(f: Filters): Promise<EvaluationList> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v !== "" && v != null) params.set(k, String(v));
  const res = await fetch(`/api/admin/evaluations?${params}`);
  if (!res.ok) throw new Error(String(res.status));
  return res.json();
}

export function EvaluationsTable({ isAdmin }: { isAdmin: boolean }) {
  const searchParams = useSearchParams();
  const [filters, setFilters] = useState<Filters>(() => filtersFromSearch(searchParams));
  // Back and Forward between views of this list: the address is the truth.
  useEffect(() => {
    const onPop = () => setFilters(filtersFromSearch(new URLSearchParams(window.location.search)));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  // Each choice is a step Back can undo; typing in the search box updates the address in place.
  const show = (next: Filters, step: "push" | "replace") => {
    setFilters(next);
    const search = searchOfFilters(next);
    if (`?${search}` === window.location.search || (!search && !window.location.search)) return;
    const url = search ? `?${search}` : window.location.pathname;
    if (step === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  };
  const deferred = useDeferredValue(filters);
  const query = useQuery({ queryKey: ["admin-evaluations", deferred], queryFn: () => fetchEvaluations(deferred), placeholderData: keepPreviousData });
  const client = useQueryClient();
  const publish = useMutation({
    mutationFn: setPublication,
    onSettled: () => client.invalidateQueries({ queryKey: ["admin-evaluations"] }),
  });
  const set = (patch: Partial<Filters>) => show({ ...filters, page: 1, ...patch }, "q" in patch ? "replace" : "push");
  const data = query.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-4">
        <label className="text-sm">
          Cari instansi
          <input type="search" value={filters.q} onChange={(e) => set({ q: e.target.value })} className={inputClass} />
        </label>
        <label className="text-sm">
          Tahun
          <input type="number" min={2000} max={2100} value={filters.year} onChange={(e) => set({ year: e.target.value })} className={inputClass} />
        </label>
        <label className="text-sm">
          Publikasi
          <select value={filters.publication} onChange={(e) => set({ publication: e.target.value as Filters["publication"] })} className={inputClass}>
            <option value="">Semua</option>
            <option value="draft">Draf</option>
            <option value="published">Terbit</option>
          </select>
        </label>
        <label className="text-sm">
          Urutkan
          <select value={filters.sort} onChange={(e) => set({ sort: e.target.value as Filters["sort"] })} className={inputClass}>
            <option value="year">Tahun terbaru</option>
            <option value="name">Nama instansi</option>
            <option value="updated">Terakhir diubah</option>
          </select>
        </label>
      </div>
      <div aria-live="polite" className="text-sm text-slate-700">
        {query.isError ? <p role="alert">Daftar tidak dapat dimuat. Coba muat ulang halaman.</p> : data ? <p>{data.total} penilaian</p> : <p>Memuat…</p>}
        {publish.data && !publish.data.ok && (
          <p role="alert" className="text-red-800">
            {publish.data.error}
          </p>
        )}
      </div>
      <div className="overflow-x-auto">
        <StaffTable columns={["Instansi", "Tahun", "Putaran", "Hasil", "Publikasi", "Tindakan"]}>
          {data?.rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-200">
              <td className="p-2">{r.institution}</td>
              <td className="p-2">{r.year}</td>
              <td className="p-2 text-slate-600">{r.round}</td>
              <td className="p-2">{r.status === "not_evaluated" ? STATUS_LABEL.not_evaluated : [r.category, r.score?.toLocaleString("id-ID")].filter(Boolean).join(" · ")}</td>
              <td className="p-2">
                {PUBLICATION_LABEL[r.publication]}
                {r.verified && " · terverifikasi"}
              </td>
              <td className="flex flex-wrap gap-2 p-2">
                <Link href={`/admin/evaluasi/${r.id}`} className="text-blue-800 underline" aria-label={`Ubah ${r.institution} ${r.year}`}>
                  Ubah
                </Link>
                {isAdmin && (
                  <button
                    type="button"
                    className={secondaryButtonClass}
                    disabled={publish.isPending}
                    onClick={() => publish.mutate({ id: r.id, version: r.version, publish: r.publication === "draft" })}
                    aria-label={`${r.publication === "draft" ? "Terbitkan" : "Tarik"} ${r.institution} ${r.year}`}
                  >
                    {r.publication === "draft" ? "Terbitkan" : "Tarik"}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </StaffTable>
      </div>
      <nav aria-label="Halaman" className="flex items-center gap-3 text-sm">
        <button type="button" className={secondaryButtonClass} disabled={filters.page <= 1} onClick={() => show({ ...filters, page: filters.page - 1 }, "push")}>
          Sebelumnya
        </button>
        <span>
          Halaman {filters.page} dari {pages}
        </span>
        <button type="button" className={secondaryButtonClass} disabled={filters.page >= pages} onClick={() => show({ ...filters, page: filters.page + 1 }, "push")}>
          Berikutnya
        </button>
      </nav>
    </div>
  );
}
