"use client";
// The staff table of institutions: search by name or alias, filter by type, page through.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useDeferredValue, useState } from "react";
import type { InstitutionList } from "@/lib/queries/staff";
import { TYPE_LABEL, inputClass, secondaryButtonClass } from "./labels";
import { StaffTable } from "@/components/ui/staff-table";

type Filters = { q: string; type: string; page: number };

async function fetchInstitutions(f: Filters): Promise<InstitutionList> {
  const params = new URLSearchParams({ page: String(f.page) });
  if (f.q) params.set("q", f.q);
  if (f.type) params.set("type", f.type);
  const res = await fetch(`/api/admin/institutions?${params}`);
  if (!res.ok) throw new Error(String(res.status));
  return res.json();
}

export function InstitutionsTable() {
  const [filters, setFilters] = useState<Filters>({ q: "", type: "", page: 1 });
  const deferred = useDeferredValue(filters);
  const query = useQuery({ queryKey: ["admin-institutions", deferred], queryFn: () => fetchInstitutions(deferred), placeholderData: keepPreviousData });
  const data = query.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="text-sm">
          Cari nama atau nama lain
          <input type="search" value={filters.q} onChange={(e) => setFilters({ ...filters, q: e.target.value, page: 1 })} className={inputClass} />
        </label>
        <label className="text-sm">
          Jenis
          <select value={filters.type} onChange={(e) => setFilters({ ...filters, type: e.target.value, page: 1 })} className={inputClass}>
            <option value="">Semua</option>
            {Object.entries(TYPE_LABEL).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div aria-live="polite" className="text-sm text-slate-700">
        {query.isError ? <p role="alert">Daftar tidak dapat dimuat.</p> : data ? <p>{data.total} instansi</p> : <p>Memuat…</p>}
      </div>
      <StaffTable columns={["Nama", "Jenis", "Provinsi", "Penilaian"]}>
        {data?.rows.map((r) => (
          <tr key={r.id} className="border-b border-slate-200">
            <td className="p-2">
              <Link href={`/admin/instansi/${r.id}`} className="text-blue-800 underline">
                {r.name}
              </Link>
            </td>
            <td className="p-2">{TYPE_LABEL[r.type]}</td>
            <td className="p-2">{r.province ?? "—"}</td>
            <td className="p-2">{r.evaluations}</td>
          </tr>
        ))}
      </StaffTable>
      <nav aria-label="Halaman" className="flex items-center gap-3 text-sm">
        <button type="button" className={secondaryButtonClass} disabled={filters.page <= 1} onClick={() => setFilters({ ...filters, page: filters.page - 1 })}>
          Sebelumnya
        </button>
        <span>
          Halaman {filters.page} dari {pages}
        </span>
        <button type="button" className={secondaryButtonClass} disabled={filters.page >= pages} onClick={() => setFilters({ ...filters, page: filters.page + 1 })}>
          Berikutnya
        </button>
      </nav>
    </div>
  );
}
