"use client";
// Publication, verification and deletion of one evaluation. The buttons follow the role,
// but the server actions decide: an editor's publish would be refused there too.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteEvaluation, setPublication, setVerified } from "@/lib/actions/evaluations";
import type { ActionResult } from "@/lib/actions/result";
import { PUBLICATION_LABEL, secondaryButtonClass } from "./labels";
import { FormMessage } from "@/components/ui/form-message";

type Props = { id: string; version: number; publication: "draft" | "published"; verified: boolean; isAdmin: boolean };

export function EvaluationPanel({ id, version, publication, verified, isAdmin }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const run = (action: () => Promise<ActionResult<unknown>>, after?: () => void) =>
    startTransition(async () => {
      const result = await action();
      setMessage({ ok: result.ok, text: result.ok ? result.message : result.error });
      if (result.ok) (after ?? router.refresh)();
    });
  const canDelete = isAdmin || publication === "draft";
  return (
    <section aria-label="Status penilaian" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <p>
        Status: <strong data-testid="publication">{PUBLICATION_LABEL[publication]}</strong>
        {verified ? " · terverifikasi terhadap daftar resmi" : " · belum diverifikasi"}
      </p>
      <div className="flex flex-wrap gap-2">
        {isAdmin && (
          <button type="button" className={secondaryButtonClass} disabled={pending} onClick={() => run(() => setPublication({ id, version, publish: publication === "draft" }))}>
            {publication === "draft" ? "Terbitkan" : "Tarik menjadi draf"}
          </button>
        )}
        {isAdmin && (
          <button type="button" className={secondaryButtonClass} disabled={pending} onClick={() => run(() => setVerified({ id, version, verified: !verified }))}>
            {verified ? "Cabut verifikasi" : "Tandai terverifikasi"}
          </button>
        )}
        {canDelete && !confirmDelete && (
          <button type="button" className={secondaryButtonClass} disabled={pending} onClick={() => setConfirmDelete(true)}>
            Hapus
          </button>
        )}
        {confirmDelete && (
          <button
            type="button"
            className="rounded bg-red-800 px-3 py-1.5 text-white hover:bg-red-900"
            disabled={pending}
            onClick={() =>
              run(
                () => deleteEvaluation({ id, version }),
                () => router.push("/admin/evaluasi"),
              )
            }
          >
            Ya, hapus penilaian ini
          </button>
        )}
      </div>
      <FormMessage message={message} />
    </section>
  );
}
