"use client";
// Shown when someone else saved first: their values, and a way to start again from them.
import type { EvaluationSnapshot } from "@/lib/evaluations/snapshot";
import { secondaryButtonClass } from "./labels";

const show = (v: unknown) => (v == null || v === "" ? "—" : typeof v === "number" ? v.toLocaleString("id-ID") : String(v));

export function ConflictNotice({ current, onLoad }: { current: EvaluationSnapshot; onLoad: () => void }) {
  const rows: [string, unknown][] = [
    ["Tahun", current.year],
    ["Status", current.status === "evaluated" ? "Dinilai" : "Tidak dinilai"],
    ["Nilai", current.score],
    ["Kategori", current.categoryCode],
    ["Nilai mandiri", current.selfAssessedScore],
    ["Catatan", current.note],
    ["Sumber", current.sources.map((s) => s.url ?? s.documentRef).join(", ")],
  ];
  return (
    <section aria-labelledby="conflict-title" className="rounded border border-amber-600 bg-amber-50 p-3 text-sm" data-testid="conflict">
      <h2 id="conflict-title" className="font-semibold">
        Nilai yang tersimpan sekarang (versi {current.version})
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium">{k}</dt>
            <dd>{show(v)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onLoad} className={`${secondaryButtonClass} mt-3`}>
        Muat nilai terbaru ke formulir
      </button>
    </section>
  );
}
