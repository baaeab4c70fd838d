// The preview of an import as the workbench shows it: how many rows of each kind, and each
// row with what it would do and why (the first 300; the error report has them all).
import type { PreviewBody, PreviewRow, RowKind } from "@/lib/import";
import { StaffTable } from "@/components/ui/staff-table";

export const KIND_LABEL: Record<RowKind, string> = { new: "Baru", update: "Perubahan", unchanged: "Tidak berubah", warning: "Peringatan", error: "Kesalahan" };
const SHOWN = 300;

export function ImportSummary({ summary }: { summary: PreviewBody["summary"] }) {
  return (
    <dl className="flex flex-wrap gap-4 text-sm" data-testid="import-summary">
      <div>
        <dt className="inline">Jumlah baris: </dt>
        <dd className="inline font-semibold">{summary.total}</dd>
      </div>
      {(Object.keys(KIND_LABEL) as RowKind[]).map((k) => (
        <div key={k}>
          <dt className="inline">{KIND_LABEL[k]}: </dt>
          <dd className="inline font-semibold">{summary[k]}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ImportRows({ rows }: { rows: PreviewRow[] }) {
  return (
    <div className="max-h-[28rem] overflow-auto">
      <StaffTable columns={["Baris", "Instansi", "Tahun", "Putaran", "Hasil", "Keterangan"]}>
        {rows.slice(0, SHOWN).map((r) => (
          <tr key={r.rowNumber} className="border-b border-slate-200 align-top" data-kind={r.kind}>
            <td className="p-2">{r.rowNumber}</td>
            <td className="p-2">
              {r.institutionName ??
                (r.typedName ? (
                  <>
                    {r.typedName} <span className="text-red-800">(belum dikenali)</span>
                  </>
                ) : (
                  "—"
                ))}
            </td>
            <td className="p-2">{r.year ?? "—"}</td>
            <td className="p-2" data-round={r.round?.code}>
              {r.round ? r.round.label : "—"}
            </td>
            <td className="p-2">{KIND_LABEL[r.kind]}</td>
            <td className="p-2">
              <ul>
                {r.problems.map((p, i) => (
                  <li key={i} className={p.severity === "error" ? "text-red-800" : "text-amber-800"}>
                    {p.message}
                  </li>
                ))}
                {r.changes.map((c) => (
                  <li key={c.label}>
                    {c.label}: {String(c.before ?? "—")} → {String(c.after ?? "—")}
                  </li>
                ))}
                {r.suggestions.length > 0 && <li>Mungkin maksud Anda: {r.suggestions.join(", ")}</li>}
              </ul>
            </td>
          </tr>
        ))}
      </StaffTable>
      {rows.length > SHOWN && <p className="p-2 text-sm">… dan {rows.length - SHOWN} baris lagi (unduh laporan untuk semuanya).</p>}
    </div>
  );
}
