"use client";
// Starts a workspace: for the due year from the national template, or for a later year the
// staff member types, from the template or copied from the latest earlier year.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { startWorkspace } from "@/lib/actions/readiness";

export function StartWorkspace({ institutionId, slug, year, laterYear = false }: { institutionId: string; slug: string; year: number; laterYear?: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState(String(year));
  const [from, setFrom] = useState<"template" | "previous">("template");
  const start = (target: string) =>
    startTransition(async () => {
      setError(null);
      const result = await startWorkspace({ institutionId, year: Number(target), from: laterYear ? from : "template" });
      if (!result.ok) return setError(result.error);
      router.push(`/admin/persiapan/${slug}/${target}`);
    });
  const errorId = `start-error-${institutionId}-${laterYear ? "later" : "due"}`;
  return (
    <div className="space-y-1">
      {laterYear ? (
        <form
          className="flex flex-wrap items-end gap-2 text-sm"
          onSubmit={(e) => {
            e.preventDefault();
            start(chosen);
          }}
        >
          <label className="flex flex-col">
            Mulai untuk tahun lain
            <input
              type="number"
              inputMode="numeric"
              value={chosen}
              onChange={(e) => setChosen(e.target.value)}
              aria-describedby={errorId}
              className="w-28 rounded border border-slate-400 px-2 py-1"
            />
          </label>
          <label className="flex flex-col">
            Sumber
            <select value={from} onChange={(e) => setFrom(e.target.value as "template" | "previous")} className="rounded border border-slate-400 px-2 py-1">
              <option value="template">Templat nasional</option>
              <option value="previous">Salin tahun sebelumnya</option>
            </select>
          </label>
          <button type="submit" disabled={pending} className="rounded border border-slate-400 px-3 py-1">
            Mulai
          </button>
        </form>
      ) : (
        <button type="button" disabled={pending} onClick={() => start(String(year))} className="rounded bg-blue-800 px-4 py-2 text-white disabled:opacity-60">
          Mulai dari templat nasional
        </button>
      )}
      <p id={errorId} role={error ? "alert" : undefined} className="text-sm text-red-800">
        {error}
      </p>
    </div>
  );
}
