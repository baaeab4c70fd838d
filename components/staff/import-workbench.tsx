"use client";
// Upload → preview (every row with its reasons) → commit with progress → undo. The file
// goes to the server again on commit, which re-checks it against the database as it is then.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { refreshImportedPages, revertImportBatch } from "@/lib/actions/imports";
import type { CommitResult, PreviewBody, RowKind } from "@/lib/import";
import { ImportRows, ImportSummary, KIND_LABEL } from "./import-preview";
import { readCommitLines } from "./import-stream";
import { buttonClass, secondaryButtonClass } from "./labels";

async function post(path: string, form: FormData) {
  const res = await fetch(path, { method: "POST", body: form });
  if (!res.ok) throw new Error((await res.json().catch(() => null))?.message ?? `Permintaan gagal (${res.status}).`);
  return res;
}

const subscribeNothing = () => () => {};

export function ImportWorkbench({ isAdmin }: { isAdmin: boolean }) {
  const router = useRouter();
  // A file chosen before the page is interactive would be lost: wait for hydration.
  const hydrated = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<"all" | "valid">("all");
  // Publishing is a decision of its own: a file goes in as drafts unless the admin asks.
  const [publish, setPublish] = useState(false);
  const [filter, setFilter] = useState<RowKind | "">("");
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const formOf = (extra: Record<string, string> = {}) => {
    const form = new FormData();
    form.set("file", file!);
    for (const [k, v] of Object.entries(extra)) form.set(k, v);
    return form;
  };
  const preview = useMutation({ mutationFn: async () => (await (await post("/api/admin/import/preview", formOf())).json()) as PreviewBody });
  const commit = useMutation({
    mutationFn: async (): Promise<CommitResult> => {
      setProgress({ done: 0, total: 0 });
      const res = await post("/api/admin/import/commit", formOf({ mode, publish: publish ? "1" : "0" }));
      const result = await readCommitLines(res, setProgress);
      await refreshImportedPages({ batchId: result.batchId });
      return result;
    },
    onSuccess: () => router.refresh(),
  });
  const revert = useMutation({ mutationFn: revertImportBatch, onSuccess: () => router.refresh() });
  const report = useMutation({
    mutationFn: async () => {
      const blob = await (await post("/api/admin/import/report", formOf())).blob();
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = `${file!.name.replace(/\.[^.]+$/, "")}-kesalahan.csv`;
      a.click();
      URL.revokeObjectURL(a.href);
    },
  });
  const data = preview.data;
  const rows = data ? data.rows.filter((r) => !filter || r.kind === filter) : [];
  const importable = data ? data.summary.new + data.summary.update + data.rows.filter((r) => r.kind === "warning" && r.action !== "none").length : 0;

  return (
    <div className="space-y-5">
      <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <label className="block text-sm font-medium">
          Berkas CSV atau XLSX (paling besar 5 MB)
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="mt-1 block text-sm"
            disabled={!hydrated}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              preview.reset();
              commit.reset();
              setProgress(null);
            }}
          />
        </label>
        <button type="button" className={buttonClass} disabled={!file || preview.isPending} onClick={() => preview.mutate()}>
          {preview.isPending ? "Memeriksa…" : "Periksa berkas"}
        </button>
        {preview.isError && (
          <p role="alert" className="text-sm text-red-800">
            {preview.error.message}
          </p>
        )}
      </div>

      {data && (
        <section aria-labelledby="preview-title" className="space-y-3">
          <h2 id="preview-title" className="text-lg font-semibold">
            Pratinjau
          </h2>
          {data.fileErrors.map((e) => (
            <p key={e} role="alert" className="text-sm text-red-800">
              {e}
            </p>
          ))}
          {data.fileWarnings.map((w) => (
            <p key={w} className="text-sm text-amber-800">
              {w}
            </p>
          ))}
          <ImportSummary summary={data.summary} />
          <div className="flex flex-wrap items-end gap-3 text-sm">
            <label>
              Tampilkan
              <select value={filter} onChange={(e) => setFilter(e.target.value as RowKind | "")} className="ml-2 rounded border border-slate-400 p-1">
                <option value="">Semua baris</option>
                {(Object.keys(KIND_LABEL) as RowKind[]).map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABEL[k]}
                  </option>
                ))}
              </select>
            </label>
            {data.summary.error > 0 && (
              <button type="button" className={secondaryButtonClass} disabled={report.isPending} onClick={() => report.mutate()}>
                Unduh laporan kesalahan (CSV)
              </button>
            )}
          </div>
          <ImportRows rows={rows} />

          {data.fileErrors.length === 0 && (
            <fieldset className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
              <legend className="px-1 font-medium">Impor</legend>
              <label className="flex items-center gap-2">
                <input type="radio" name="mode" checked={mode === "all"} onChange={() => setMode("all")} />
                Semua atau tidak sama sekali (ditolak selama masih ada kesalahan)
              </label>
              <label className="flex items-center gap-2">
                <input type="radio" name="mode" checked={mode === "valid"} onChange={() => setMode("valid")} />
                Impor hanya baris yang valid ({importable} baris)
              </label>
              {isAdmin && (
                <label className="flex items-center gap-2">
                  <input type="checkbox" checked={publish} onChange={(e) => setPublish(e.target.checked)} />
                  Terbitkan langsung
                </label>
              )}
              <button type="button" className={buttonClass} disabled={commit.isPending || commit.isSuccess} onClick={() => commit.mutate()}>
                {commit.isPending ? "Mengimpor…" : "Impor"}
              </button>
              {progress && commit.isPending && (
                <p>
                  <progress max={Math.max(1, progress.total)} value={progress.done} className="mr-2 align-middle" aria-label="Kemajuan impor" />
                  {progress.done} dari {progress.total || "…"} baris
                </p>
              )}
              <div aria-live="polite">
                {commit.isError && (
                  <p role="alert" className="text-red-800">
                    {commit.error.message}
                  </p>
                )}
                {commit.data && (
                  <p role="status" className="text-green-800">
                    Impor selesai: {commit.data.created} baru, {commit.data.updated} diperbarui, {commit.data.skipped} dilewati.
                  </p>
                )}
              </div>
              {commit.data && !revert.data?.ok && (
                <button type="button" className={secondaryButtonClass} disabled={revert.isPending} onClick={() => revert.mutate({ batchId: commit.data.batchId })}>
                  Batalkan impor ini
                </button>
              )}
              {revert.data && (
                <p role={revert.data.ok ? "status" : "alert"} className={revert.data.ok ? "text-green-800" : "text-red-800"}>
                  {revert.data.ok ? revert.data.message : revert.data.error}
                </p>
              )}
            </fieldset>
          )}
        </section>
      )}
    </div>
  );
}
