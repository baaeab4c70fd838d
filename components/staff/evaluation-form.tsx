"use client";
// Create or edit one evaluation. The same zod schema and scheme rules as the server run
// here first; the server's answer (field errors, a conflict) is shown next to the fields,
// and whatever was typed stays in the form.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createEvaluation, updateEvaluation } from "@/lib/actions/evaluations";
import type { EvaluationSnapshot } from "@/lib/evaluations/snapshot";
import { EVALUATORS, NEW_ROUND, schemeForYear, type RoundDef, type SchemeDef } from "@/lib/merit";
import { checkAgainstScheme, evaluationSchema } from "@/lib/validation/evaluation";
import { fieldErrorsOf, type FieldErrors } from "@/lib/validation/fields";
import { ConflictNotice } from "./conflict-notice";
import { AspectScoreFields, ResultFields } from "./evaluation-result-fields";
import { valuesOf, type EvaluationFormValues } from "./evaluation-values";
import { Field, RowsEditor, emptySource, emptySubScore, useFocusFirstInvalid, useHydrated } from "./form-parts";
import { EVALUATOR_LABEL, buttonClass } from "./labels";
import { FormMessage, type FormMessageValue } from "@/components/ui/form-message";

type Props = {
  schemes: SchemeDef[];
  rounds: RoundDef[];
  institutions: { id: string; name: string }[];
  initial: EvaluationFormValues;
  edit?: { id: string; version: number };
};

const roundOption = (r: RoundDef) => `${r.name}${r.announcedOn ? ` · ${r.announcedOn}` : ""}`;

export function EvaluationForm({ schemes, rounds, institutions, initial, edit }: Props) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useFocusFirstInvalid(errors);
  const hydrated = useHydrated();
  const [message, setMessage] = useState<FormMessageValue>(null);
  const [conflict, setConflict] = useState<EvaluationSnapshot | null>(null);
  const [version, setVersion] = useState(edit?.version ?? 0);
  const [pending, startTransition] = useTransition();
  // The page re-renders with a newer version after a publish or verify: start from the newest.
  const currentVersion = Math.max(version, edit?.version ?? 0);
  // The record changed while this form was kept (a restore from the history, then back here):
  // show the stored values, unless something has been typed since the form last loaded.
  const [loaded, setLoaded] = useState({ version: edit?.version ?? 0, values: initial });
  if (edit && edit.version > loaded.version) {
    setLoaded({ version: edit.version, values: initial });
    if (JSON.stringify(values) === JSON.stringify(loaded.values)) {
      setValues(initial);
      setErrors({});
      setMessage(null);
    }
  }

  const scheme = schemeForYear(schemes, Number(values.year));
  const roundsOfYear = rounds.filter((r) => r.year === Number(values.year));
  const set = (patch: Partial<EvaluationFormValues>) => setValues((v) => ({ ...v, ...patch }));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setMessage(null);
    const parsed = evaluationSchema.safeParse(values);
    const local = parsed.success ? checkAgainstScheme(parsed.data, scheme).errors : fieldErrorsOf(parsed.error);
    setErrors(local);
    if (Object.keys(local).length) {
      setMessage({ ok: false, text: "Periksa isian yang ditandai." });
      return;
    }
    startTransition(async () => {
      const result = edit ? await updateEvaluation({ ...values, id: edit.id, version: currentVersion }) : await createEvaluation(values);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setConflict((result.conflict as EvaluationSnapshot | undefined) ?? null);
        setMessage({ ok: false, text: result.error });
        return;
      }
      setErrors({});
      setConflict(null);
      const saved: { id: string; version?: number } = result.data;
      if (!edit) {
        router.push(`/admin/evaluasi/${saved.id}?baru=1`);
        return;
      }
      setVersion(saved.version ?? currentVersion);
      setLoaded({ version: saved.version ?? currentVersion, values });
      setMessage({ ok: true, text: result.message });
      router.refresh();
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate data-hydrated={hydrated || undefined} className="space-y-5 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Instansi" name="institutionId" errors={errors}>
          {(a) => (
            <select {...a} value={values.institutionId} disabled={!!edit} onChange={(e) => set({ institutionId: e.target.value })}>
              <option value="">— pilih instansi —</option>
              {institutions.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Tahun" name="year" errors={errors} hint={scheme ? `Skema: ${scheme.name}` : undefined}>
          {(a) => <input {...a} inputMode="numeric" value={values.year} onChange={(e) => set({ year: e.target.value })} />}
        </Field>
        <Field label="Putaran" name="round" errors={errors} hint="Pengumuman hasil tempat penilaian ini diumumkan; satu instansi satu hasil per putaran.">
          {(a) => (
            <select {...a} value={values.round} onChange={(e) => set({ round: e.target.value })}>
              <option value="">— putaran tahun itu menurut penilai —</option>
              {roundsOfYear.map((r) => (
                <option key={r.code} value={r.code}>
                  {roundOption(r)}
                </option>
              ))}
              <option value={NEW_ROUND}>Putaran baru (dari penilai dan tanggal pengumuman)</option>
            </select>
          )}
        </Field>
        <ResultFields values={values} set={set} errors={errors} scheme={scheme} />
        <Field label="Penilai" name="evaluator" errors={errors}>
          {(a) => (
            <select {...a} value={values.evaluator} onChange={(e) => set({ evaluator: e.target.value })}>
              <option value="">— tidak diketahui —</option>
              {EVALUATORS.map((v) => (
                <option key={v} value={v}>
                  {EVALUATOR_LABEL[v]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Tanggal pengumuman" name="announcedAt" errors={errors}>
          {(a) => <input {...a} type="date" value={values.announcedAt} onChange={(e) => set({ announcedAt: e.target.value })} />}
        </Field>
      </div>
      {scheme && values.status === "evaluated" && <AspectScoreFields values={values} set={set} errors={errors} scheme={scheme} />}
      <RowsEditor
        legend="Sumber"
        prefix="sources"
        rows={values.sources}
        empty={emptySource}
        errors={errors}
        addLabel="Tambah sumber"
        onChange={(sources) => set({ sources })}
        columns={[
          { key: "url", label: "Alamat (URL)", type: "url" },
          { key: "title", label: "Judul" },
          { key: "publisher", label: "Penerbit" },
          { key: "publishedAt", label: "Tanggal terbit", type: "date" },
          { key: "documentRef", label: "Nomor dokumen resmi" },
        ]}
      />
      <RowsEditor
        legend="Sub-nilai (mis. indeks JPT)"
        prefix="subScores"
        rows={values.subScores}
        empty={emptySubScore}
        errors={errors}
        addLabel="Tambah sub-nilai"
        onChange={(subScores) => set({ subScores })}
        columns={[
          { key: "code", label: "Kode" },
          { key: "name", label: "Nama" },
          { key: "value", label: "Nilai" },
          { key: "scaleMax", label: "Skala maksimum" },
          { key: "label", label: "Predikat" },
        ]}
      />
      <Field label="Catatan" name="note" errors={errors}>
        {(a) => <textarea {...a} rows={3} value={values.note} onChange={(e) => set({ note: e.target.value })} />}
      </Field>
      <FormMessage message={message} />
      {conflict && (
        <ConflictNotice
          current={conflict}
          onLoad={() => {
            setValues(valuesOf(conflict));
            setVersion(conflict.version);
            setConflict(null);
            setMessage(null);
          }}
        />
      )}
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Menyimpan…" : edit ? "Simpan perubahan" : "Simpan sebagai draf"}
      </button>
    </form>
  );
}
