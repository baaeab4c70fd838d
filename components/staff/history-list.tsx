"use client";
// The audit trail of a record, newest first: who, when, what changed (before → after),
// and for evaluations a way back to any earlier state — itself a recorded write.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { restoreEvaluation } from "@/lib/actions/evaluations";
import type { HistoryEntry } from "@/lib/queries/staff";
import { ACTION_LABEL, secondaryButtonClass } from "./labels";

// Years and versions are labels, not quantities: 2023, never "2.023".
const isLabel = (field: string) => field === "year" || field === "version" || /Year$/.test(field);

const show = (v: unknown, field: string) =>
  v == null || v === ""
    ? "—"
    : typeof v === "number" && !isLabel(field)
      ? v.toLocaleString("id-ID")
      : typeof v === "object"
        ? JSON.stringify(v)
        : String(v);

const when = (iso: string) => new Intl.DateTimeFormat("id-ID", { dateStyle: "long", timeStyle: "medium", timeZone: "Asia/Jakarta" }).format(new Date(iso));

export function HistoryList({ entries, currentVersion, restorable }: { entries: HistoryEntry[]; currentVersion: number | null; restorable: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (!entries.length) return <p className="text-sm text-slate-700">Belum ada riwayat.</p>;
  const restore = (entry: HistoryEntry) =>
    startTransition(async () => {
      const result = await restoreEvaluation({ auditEntryId: entry.id, version: currentVersion });
      setMessage({ ok: result.ok, text: result.ok ? result.message : result.error });
      if (result.ok) router.refresh();
    });
  return (
    <div className="space-y-3">
      <div aria-live="polite">
        {message && (
          <p role={message.ok ? "status" : "alert"} className={message.ok ? "text-green-800" : "text-red-800"}>
            {message.text}
          </p>
        )}
      </div>
      <ol className="space-y-3">
        {entries.map((e) => (
          <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="history-entry">
            <p className="flex flex-wrap items-center gap-x-3">
              <strong>{ACTION_LABEL[e.action] ?? e.action}</strong>
              {e.year && <span>tahun {e.year}</span>}
              <span className="text-slate-700">
                {when(e.at)} · {e.actorEmail}
              </span>
              {e.entityType === "evaluation" && !restorable && (
                <Link href={`/admin/evaluasi/${e.entityId}/riwayat`} className="text-blue-800 underline">
                  riwayat penilaian
                </Link>
              )}
              {restorable && e.entityType === "evaluation" && (
                <button type="button" className={`${secondaryButtonClass} ml-auto`} disabled={pending} onClick={() => restore(e)}>
                  {e.action === "evaluation.delete" ? "Pulihkan yang dihapus" : "Pulihkan versi ini"}
                </button>
              )}
            </p>
            {Object.keys(e.changes).length > 0 && (
              <table className="mt-2 w-full text-left">
                <thead>
                  <tr>
                    <th scope="col" className="pr-3 font-medium">Kolom</th>
                    <th scope="col" className="pr-3 font-medium">Sebelum</th>
                    <th scope="col" className="font-medium">Sesudah</th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(e.changes).map(([field, c]) => (
                    <tr key={field} className="align-top">
                      <td className="pr-3">{field}</td>
                      <td className="max-w-xs break-words pr-3">{show(c.old, field)}</td>
                      <td className="max-w-xs break-words">{show(c.new, field)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
