"use client";
// Create an account, or change its role, institutions and whether it is active.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createUser, updateUser } from "@/lib/actions/users";
import type { StaffRole } from "@/lib/auth/guard";
import type { FieldErrors } from "@/lib/validation/fields";
import { PASSWORD_HINT } from "@/lib/validation/password";
import { Field, useFocusFirstInvalid } from "./form-parts";
import { buttonClass } from "./labels";
import { FormMessage } from "@/components/ui/form-message";

type Values = { name: string; email: string; password: string; role: StaffRole; institutionIds: string[]; reviewProvinceCode: string | null; active: boolean };
type Props = { initial: Values; institutions: { id: string; name: string }[]; provinces: { code: string; name: string }[]; edit?: { id: string } };

export function AccountForm({ initial, institutions, provinces, edit }: Props) {
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [filter, setFilter] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const formRef = useFocusFirstInvalid(errors);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const chosen = new Set(values.institutionIds);
  const shown = institutions.filter((i) => chosen.has(i.id) || (filter.length >= 2 && i.name.toLowerCase().includes(filter.toLowerCase()))).slice(0, 30);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    startTransition(async () => {
      const result = edit
        ? await updateUser({
            id: edit.id,
            name: values.name,
            role: values.role,
            institutionIds: values.institutionIds,
            reviewProvinceCode: values.reviewProvinceCode,
            active: values.active,
          })
        : await createUser(values);
      setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      setMessage({ ok: result.ok, text: result.ok ? result.message : result.error });
      if (result.ok) {
        if (!edit) setValues(initial);
        router.refresh();
      }
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
      <Field label="Nama" name="name" errors={errors}>
        {(a) => <input {...a} value={values.name} onChange={(e) => set({ name: e.target.value })} />}
      </Field>
      {!edit && (
        <>
          <Field label="Email" name="email" errors={errors}>
            {(a) => <input {...a} type="email" autoComplete="off" value={values.email} onChange={(e) => set({ email: e.target.value })} />}
          </Field>
          <Field label="Kata sandi awal" name="password" errors={errors} hint={`${PASSWORD_HINT} Sampaikan secara pribadi; pemilik akun menggantinya saat pertama masuk.`}>
            {(a) => <input {...a} type="password" autoComplete="new-password" value={values.password} onChange={(e) => set({ password: e.target.value })} />}
          </Field>
        </>
      )}
      <Field label="Peran" name="role" errors={errors}>
        {(a) => (
          <select {...a} value={values.role} onChange={(e) => set({ role: e.target.value as Values["role"] })}>
            <option value="editor">Editor (instansi tertentu)</option>
            <option value="admin">Admin (semua instansi, akun, verifikasi)</option>
            <option value="head">Pimpinan instansi (membaca persiapan dan berkomentar)</option>
            <option value="reviewer">Peninjau (membaca persiapan instansi dalam jangkauannya dan berkomentar)</option>
          </select>
        )}
      </Field>
      {values.role === "reviewer" && (
        <Field label="Jangkauan peninjau" name="reviewProvinceCode" errors={errors}>
          {(a) => (
            <select {...a} value={values.reviewProvinceCode ?? ""} onChange={(e) => set({ reviewProvinceCode: e.target.value || null })}>
              <option value="">Nasional (semua provinsi)</option>
              {provinces.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {(values.role === "editor" || values.role === "head") && (
        <fieldset className="space-y-2 sm:col-span-2">
          <legend className="text-sm font-medium">Instansi yang diurus</legend>
          <label className="block text-sm">
            Cari instansi
            <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} className="mt-1 block w-full rounded border border-slate-400 p-2 text-sm" />
          </label>
          <ul className="max-h-64 overflow-y-auto text-sm">
            {shown.map((i) => (
              <li key={i.id}>
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={chosen.has(i.id)}
                    onChange={(e) => set({ institutionIds: e.target.checked ? [...values.institutionIds, i.id] : values.institutionIds.filter((x) => x !== i.id) })}
                  />
                  {i.name}
                </label>
              </li>
            ))}
          </ul>
          {errors.institutionIds && <p className="text-sm text-red-800">{errors.institutionIds.join(" ")}</p>}
        </fieldset>
      )}
      {edit && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={values.active} onChange={(e) => set({ active: e.target.checked })} />
          Akun aktif
        </label>
      )}
      <FormMessage message={message} className="sm:col-span-2" />
      <div>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Menyimpan…" : edit ? "Simpan akun" : "Buat akun"}
        </button>
      </div>
    </form>
  );
}
