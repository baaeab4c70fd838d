"use client";
// Title, maximum and guidance of an indicator: the form for a staff member's own indicator and
// for an admin's template indicator. The same checks as the schema run here first.
import { useId, useState } from "react";

export type IndicatorFields = { title: string; guidance: string | null; maxScore: number };

type Props = { initial?: IndicatorFields; submit: string; onSubmit: (fields: IndicatorFields) => Promise<string | null>; onCancel?: () => void };

export function IndicatorFieldsForm({ initial, submit, onSubmit, onCancel }: Props) {
  const id = useId();
  const [title, setTitle] = useState(initial?.title ?? "");
  const [max, setMax] = useState(initial ? String(initial.maxScore) : "4");
  const [guidance, setGuidance] = useState(initial?.guidance ?? "");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <form
      className="mt-2 flex flex-wrap items-end gap-3 text-sm"
      onSubmit={async (e) => {
        e.preventDefault();
        const maxScore = Number(max.trim().replace(",", "."));
        if (!title.trim()) return setError("Isi judul indikator.");
        if (!max.trim() || !Number.isFinite(maxScore) || maxScore <= 0) return setError("Nilai maksimum harus angka lebih dari 0.");
        setError(null);
        setPending(true);
        const refused = await onSubmit({ title: title.trim(), guidance: guidance.trim() || null, maxScore });
        setPending(false);
        if (refused) return setError(refused);
        if (!initial) {
          setTitle("");
          setGuidance("");
        }
      }}
    >
      <label className="flex min-w-64 flex-1 flex-col">
        Judul indikator
        <input value={title} onChange={(e) => setTitle(e.target.value)} aria-describedby={`${id}-err`} className="rounded border border-slate-400 px-2 py-1" />
      </label>
      <label className="flex flex-col">
        Nilai maksimum
        <input inputMode="decimal" value={max} onChange={(e) => setMax(e.target.value)} aria-describedby={`${id}-err`} className="w-24 rounded border border-slate-400 px-2 py-1" />
      </label>
      <label className="flex w-full flex-col">
        Panduan (bukti yang diharapkan)
        <textarea value={guidance} onChange={(e) => setGuidance(e.target.value)} rows={2} className="rounded border border-slate-400 px-2 py-1" />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-blue-800 px-3 py-1 text-white disabled:opacity-60">
        {submit}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel} className="rounded border border-slate-400 px-3 py-1">
          Batal
        </button>
      )}
      <p id={`${id}-err`} role={error ? "alert" : undefined} className="w-full text-red-800">
        {error}
      </p>
    </form>
  );
}
