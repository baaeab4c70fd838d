"use client";
// Change one's own password: the current one, the new one twice. After a reset this is
// the only form the account can use; once saved, the workspace opens again.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { changeOwnPassword } from "@/lib/actions/users";
import type { FieldErrors } from "@/lib/validation/fields";
import { PASSWORD_HINT } from "@/lib/validation/password";
import { Field, useHydrated } from "./form-parts";
import { buttonClass } from "./labels";
import { FormMessage } from "@/components/ui/form-message";

const empty = { currentPassword: "", newPassword: "", confirmPassword: "" };

export function PasswordForm({ oneTime }: { oneTime: boolean }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const set = (patch: Partial<typeof empty>) => setValues((v) => ({ ...v, ...patch }));

  function submit(e: React.FormEvent) {
    e.preventDefault();
    startTransition(async () => {
      const result = await changeOwnPassword(values);
      setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      setMessage({ ok: result.ok, text: result.ok ? result.message : result.error });
      if (result.ok) {
        setValues(empty);
        if (oneTime) router.push("/admin");
        else router.refresh();
      }
    });
  }

  return (
    <form data-hydrated={hydrated || undefined} onSubmit={submit} noValidate className="grid max-w-md gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <Field label={oneTime ? "Kata sandi sementara" : "Kata sandi saat ini"} name="currentPassword" errors={errors}>
        {(a) => <input {...a} type="password" autoComplete="current-password" value={values.currentPassword} onChange={(e) => set({ currentPassword: e.target.value })} />}
      </Field>
      <Field label="Kata sandi baru" name="newPassword" errors={errors} hint={PASSWORD_HINT}>
        {(a) => <input {...a} type="password" autoComplete="new-password" value={values.newPassword} onChange={(e) => set({ newPassword: e.target.value })} />}
      </Field>
      <Field label="Ulangi kata sandi baru" name="confirmPassword" errors={errors}>
        {(a) => <input {...a} type="password" autoComplete="new-password" value={values.confirmPassword} onChange={(e) => set({ confirmPassword: e.target.value })} />}
      </Field>
      <FormMessage message={message} />
      <div>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Menyimpan…" : "Ganti kata sandi"}
        </button>
      </div>
    </form>
  );
}
