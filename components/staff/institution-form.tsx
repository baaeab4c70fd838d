"use client";
// Create or edit an institution (admins only; the server action checks that too).
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createInstitution, updateInstitution } from "@/lib/actions/institutions";
import type { InstitutionType } from "@/lib/merit";
import { slugify } from "@/lib/registry/names";
import type { FieldErrors } from "@/lib/validation/fields";
import { Field, useFocusFirstInvalid } from "./form-parts";
import { TYPE_LABEL, buttonClass } from "./labels";
import { FormMessage } from "@/components/ui/form-message";

export type InstitutionFormValues = {
  name: string;
  shortName: string;
  type: InstitutionType;
  provinceCode: string;
  kemendagriCode: string;
  slug: string;
  aliases: string;
  note: string;
};

type Props = { initial: InstitutionFormValues; provinces: { code: string; name: string }[]; edit?: { id: string; version: number } };

export function InstitutionForm({ initial, provinces, edit }: Props) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useFocusFirstInvalid(errors);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const set = (patch: Partial<InstitutionFormValues>) => setValues((v) => ({ ...v, ...patch }));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    startTransition(async () => {
      const result = edit ? await updateInstitution({ ...values, ...edit }) : await createInstitution(values);
      setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      setMessage({ ok: result.ok, text: result.ok ? result.message : result.error });
      if (result.ok) {
        if (edit) router.refresh();
        else router.push(`/admin/instansi/${result.data.id}`);
      }
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
      <Field label="Nama resmi" name="name" errors={errors}>
        {(a) => <input {...a} value={values.name} onChange={(e) => set({ name: e.target.value, ...(edit ? {} : { slug: slugify(e.target.value) }) })} />}
      </Field>
      <Field label="Nama singkat" name="shortName" errors={errors}>
        {(a) => <input {...a} value={values.shortName} onChange={(e) => set({ shortName: e.target.value })} />}
      </Field>
      <Field label="Jenis" name="type" errors={errors}>
        {(a) => (
          <select {...a} value={values.type} onChange={(e) => set({ type: e.target.value as InstitutionFormValues["type"] })}>
            {Object.entries(TYPE_LABEL).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Provinsi" name="provinceCode" errors={errors}>
        {(a) => (
          <select {...a} value={values.provinceCode} onChange={(e) => set({ provinceCode: e.target.value })}>
            <option value="">— tidak ada (instansi pusat) —</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Kode Kemendagri" name="kemendagriCode" errors={errors}>
        {(a) => <input {...a} value={values.kemendagriCode} onChange={(e) => set({ kemendagriCode: e.target.value })} />}
      </Field>
      <Field label="Slug alamat halaman" name="slug" errors={errors} hint={edit ? "Alamat lama tetap dialihkan ke alamat baru." : undefined}>
        {(a) => <input {...a} value={values.slug} onChange={(e) => set({ slug: e.target.value })} />}
      </Field>
      <Field label="Nama lain (satu per baris)" name="aliases" errors={errors}>
        {(a) => <textarea {...a} rows={4} value={values.aliases} onChange={(e) => set({ aliases: e.target.value })} />}
      </Field>
      <Field label="Catatan" name="note" errors={errors}>
        {(a) => <textarea {...a} rows={4} value={values.note} onChange={(e) => set({ note: e.target.value })} />}
      </Field>
      <FormMessage message={message} className="sm:col-span-2" />
      <div>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Menyimpan…" : edit ? "Simpan perubahan" : "Tambah instansi"}
        </button>
      </div>
    </form>
  );
}
