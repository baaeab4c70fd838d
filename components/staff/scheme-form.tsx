"use client";
// Create or edit an evaluation scheme (admins only; the server action checks that too):
// name, period, scale and step, categories from the lowest up with their lower bounds and
// re-evaluation cycle, aspects with maximum scores, and the named components of the score.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { activateScheme, createScheme, updateScheme } from "@/lib/actions/schemes";
import type { ActionResult } from "@/lib/actions/result";
import type { SchemeDef } from "@/lib/merit";
import type { FieldErrors } from "@/lib/validation/fields";
import { FormMessage } from "@/components/ui/form-message";
import { Field, RowsEditor, useFocusFirstInvalid, useHydrated } from "./form-parts";
import { buttonClass, secondaryButtonClass } from "./labels";
import { schemeFormValues, type SchemeFormValues } from "./scheme-values";

/** A scheme as the server answers a conflict with it (the audit snapshot of lib/actions/schemes.ts). */
type StoredScheme = Omit<SchemeDef, "scale"> & {
  scaleMin: number;
  scaleMax: number;
  scaleStep: number;
  description: string | null;
  status: "draft" | "active";
  version: number;
};

type Props = { initial: SchemeFormValues; edit?: { version: number; status: "draft" | "active"; results: number } };

export function SchemeForm({ initial, edit }: Props) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useFocusFirstInvalid(errors);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  // The version this form saves against: moves on with each save, or when the admin takes
  // over what someone else saved meanwhile.
  const [version, setVersion] = useState(edit?.version ?? 0);
  const [conflict, setConflict] = useState<StoredScheme | null>(null);
  const set = (patch: Partial<SchemeFormValues>) => setValues((v) => ({ ...v, ...patch }));

  function answer(result: ActionResult<unknown>) {
    setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
    setMessage({ ok: result.ok, text: result.ok ? result.message : result.error });
    setConflict(result.ok ? null : ((result.conflict as StoredScheme | undefined) ?? null));
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    startTransition(async () => {
      if (edit) {
        const result = await updateScheme({ ...values, version });
        answer(result);
        if (result.ok) {
          setVersion(result.data.version);
          router.refresh();
        }
      } else {
        const result = await createScheme(values);
        answer(result);
        if (result.ok) router.push(`/admin/skema/${result.data.code}`);
      }
    });
  }

  function activate() {
    if (!edit) return;
    startTransition(async () => {
      const result = await activateScheme({ code: values.code, version });
      answer(result);
      if (result.ok) {
        setVersion((v) => v + 1);
        router.refresh();
      }
    });
  }

  const input = (key: keyof SchemeFormValues, label: string, hint?: string, mode: "text" | "decimal" | "numeric" = "text") => (
    <Field label={label} name={key} errors={errors} hint={hint}>
      {(a) => <input {...a} inputMode={mode} value={values[key] as string} onChange={(e) => set({ [key]: e.target.value })} />}
    </Field>
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate data-hydrated={hydrated || undefined} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-2">
        {edit ? (
          <p className="text-sm">
            <span className="font-medium">Kode</span>: {values.code}
          </p>
        ) : (
          input("code", "Kode skema", "Huruf kecil, angka dan tanda hubung; menjadi alamat halaman ini, mis. ism-2026.")
        )}
        {input("name", "Nama skema")}
        {input("nameEn", "Nama dalam bahasa Inggris")}
        {input("validFromYear", "Berlaku mulai tahun", undefined, "numeric")}
        {input("validToYear", "Berlaku sampai tahun", "Kosongkan bila belum ada akhirnya.", "numeric")}
        {input("scaleMin", "Nilai minimum skala", undefined, "decimal")}
        {input("scaleMax", "Nilai maksimum skala", undefined, "decimal")}
        {input("scaleStep", "Kelipatan nilai", "Mis. 0,5 atau 0,001; harus membagi skala habis.", "decimal")}
        <Field label="Keterangan" name="description" errors={errors}>
          {(a) => <textarea {...a} rows={3} value={values.description} onChange={(e) => set({ description: e.target.value })} />}
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={values.provisional} onChange={(e) => set({ provisional: e.target.checked })} />
        Batas kategori bersifat sementara (belum resmi); halaman publik menandainya &ldquo;sementara&rdquo;.
      </label>

      <RowsEditor
        legend="Kategori, dari yang terendah"
        prefix="categories"
        errors={errors}
        note={<GroupError errors={errors} name="categories" />}
        rows={values.categories}
        empty={{ code: "", name: "", nameEn: "", lowerBound: "", reevaluateAfterYears: "1" }}
        addLabel="Tambah kategori"
        onChange={(categories) => set({ categories })}
        columns={[
          { key: "code", label: "Kode" },
          { key: "name", label: "Nama" },
          { key: "nameEn", label: "Nama (Inggris)" },
          { key: "lowerBound", label: "Batas bawah", inputMode: "decimal" },
          { key: "reevaluateAfterYears", label: "Dievaluasi ulang setelah (tahun)", inputMode: "numeric" },
        ]}
      />
      <RowsEditor
        legend="Aspek"
        prefix="aspects"
        errors={errors}
        note={<GroupError errors={errors} name="aspects" />}
        rows={values.aspects}
        empty={{ code: "", name: "", nameEn: "", maxScore: "" }}
        addLabel="Tambah aspek"
        onChange={(aspects) => set({ aspects })}
        columns={[
          { key: "code", label: "Kode" },
          { key: "name", label: "Nama" },
          { key: "nameEn", label: "Nama (Inggris)" },
          { key: "maxScore", label: "Nilai maksimum (kosong bila tidak diterbitkan)", inputMode: "decimal" },
        ]}
      />
      <RowsEditor
        legend="Komponen nilai"
        prefix="components"
        errors={errors}
        note={<GroupError errors={errors} name="components" />}
        rows={values.components}
        empty={{ code: "", name: "", nameEn: "", weightPercent: "", subtracted: false }}
        addLabel="Tambah komponen"
        onChange={(components) => set({ components })}
        columns={[
          { key: "code", label: "Kode" },
          { key: "name", label: "Nama" },
          { key: "nameEn", label: "Nama (Inggris)" },
          { key: "weightPercent", label: "Bobot (%)", inputMode: "decimal" },
          { key: "subtracted", label: "Dikurangkan (koreksi, tanpa bobot)" },
        ]}
      />

      <FormMessage message={message} />
      {conflict && (
        <section className="rounded border border-amber-600 bg-amber-50 p-3 text-sm" data-testid="conflict">
          <p>
            Tersimpan sekarang: versi {conflict.version}, {conflict.name}, berlaku {conflict.validFromYear}–{conflict.validToYear ?? "seterusnya"},{" "}
            {conflict.status === "active" ? "aktif" : "draf"}.
          </p>
          <button
            type="button"
            className={`${secondaryButtonClass} mt-2`}
            onClick={() => {
              const { scaleMin, scaleMax, scaleStep, description, ...def } = conflict;
              setValues(schemeFormValues({ ...def, scale: { min: scaleMin, max: scaleMax, step: scaleStep } }, description));
              setVersion(conflict.version);
              setConflict(null);
              setErrors({});
              setMessage(null);
              router.refresh();
            }}
          >
            Muat nilai terbaru ke formulir
          </button>
        </section>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Menyimpan…" : edit ? "Simpan perubahan" : "Simpan sebagai draf"}
        </button>
        {edit?.status === "draft" && (
          <button type="button" disabled={pending} onClick={activate} className={secondaryButtonClass}>
            Aktifkan skema
          </button>
        )}
      </div>
      {edit?.status === "active" && edit.results > 0 && (
        <p className="text-sm text-slate-700">Skema aktif dengan {edit.results} hasil penilaian: perubahan yang membuat hasil tersebut tidak sah akan ditolak.</p>
      )}
    </form>
  );
}

/** An error about a whole list of rows, said above them. */
function GroupError({ errors, name }: { errors: FieldErrors; name: string }) {
  return errors[name] ? <p className="text-sm text-red-800">{errors[name].join(" ")}</p> : null;
}
