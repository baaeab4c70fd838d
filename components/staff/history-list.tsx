"use client";
// The audit trail of a record, newest first: who, when (Jakarta time), what changed
// (before → after), and for evaluations a way back to an earlier state — itself a
// recorded write. Each way back says which state it brings and what it would change.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { restoreEvaluation } from "@/lib/actions/evaluations";
import { wibTime } from "@/lib/audit/restore";
import type { HistoryEntry, RestoreOffer } from "@/lib/queries/staff";
import { showValue } from "./history-values";
import { ACTION_LABEL, fieldLabel, secondaryButtonClass } from "./labels";
import { FormMessage } from "@/components/ui/form-message";

const BUTTON: Record<RestoreOffer["kind"], string> = {
  before: "Pulihkan keadaan sebelum perubahan ini",
  created: "Pulihkan keadaan saat dibuat",
  deleted: "Pulihkan yang dihapus",
};

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
      <FormMessage message={message} />
      <ol className="space-y-3">
        {entries.map((e) => (
          <li key={e.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid="history-entry">
            <p className="flex flex-wrap items-center gap-x-3">
              <strong>{ACTION_LABEL[e.action] ?? e.action}</strong>
              {e.year && <span>tahun {e.year}</span>}
              <span className="text-slate-700">
                <time dateTime={e.at}>{wibTime(e.at)}</time> · {e.actorEmail}
              </span>
              {e.entityType === "evaluation" && !restorable && (
                <Link href={`/admin/evaluasi/${e.entityId}/riwayat`} className="text-blue-800 underline">
                  riwayat penilaian
                </Link>
              )}
            </p>
            {Object.keys(e.changes).length > 0 && (
              <table className="mt-2 w-full text-left">
                <thead>
                  <tr>
                    <th scope="col" className="pr-3 font-medium">
                      Kolom
                    </th>
                    <th scope="col" className="pr-3 font-medium">
                      Sebelum
                    </th>
                    <th scope="col" className="font-medium">
                      Sesudah
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {Object.entries(e.changes).map(([field, c]) => (
                    <tr key={field} className="align-top">
                      <td className="pr-3">{fieldLabel(field)}</td>
                      <td className="max-w-xs break-words pr-3">{showValue(field, c.old)}</td>
                      <td className="max-w-xs break-words">{showValue(field, c.new)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {restorable && e.restore && <RestoreOfferView entry={e} offer={e.restore} pending={pending} onRestore={() => restore(e)} />}
          </li>
        ))}
      </ol>
    </div>
  );
}

function RestoreOfferView({ entry, offer, pending, onRestore }: { entry: HistoryEntry; offer: RestoreOffer; pending: boolean; onRestore: () => void }) {
  const describedBy = `restore-${entry.id}`;
  const changes = Object.entries(offer.changes);
  return (
    <div className="mt-3 flex flex-wrap items-start gap-3 border-t border-slate-100 pt-2">
      <button type="button" className={secondaryButtonClass} disabled={pending || offer.changesNothing} aria-describedby={describedBy} onClick={onRestore}>
        {BUTTON[offer.kind]}
      </button>
      <div id={describedBy} className="text-slate-700">
        {offer.changesNothing ? (
          <p>Sama dengan isi sekarang: memulihkannya tidak mengubah apa pun.</p>
        ) : (
          <>
            <p>
              Memulihkan {offer.label}
              {offer.kind === "deleted" ? " (sebagai draf)" : ""}:
            </p>
            <ul className="list-inside list-disc">
              {changes.map(([field, c]) => (
                <li key={field}>
                  {fieldLabel(field)}: {showValue(field, c.old)} → {showValue(field, c.new)}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
