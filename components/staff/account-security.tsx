"use client";
// An admin's security actions on another account: reset its password (a one-time password
// shown here once) and end all its sessions.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { endSessions, resetPassword } from "@/lib/actions/users";
import { secondaryButtonClass } from "./labels";
import { FormMessage } from "@/components/ui/form-message";

export function AccountSecurity({ id, email, sessions, self }: { id: string; email: string; sessions: number; self: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [oneTime, setOneTime] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function reset() {
    if (!window.confirm(`Atur ulang kata sandi ${email}? Semua sesinya diakhiri.`)) return;
    startTransition(async () => {
      const result = await resetPassword({ id });
      setOneTime(result.ok ? result.data.password : null);
      setMessage({ ok: result.ok, text: result.ok ? result.message : result.error });
      if (result.ok) router.refresh();
    });
  }

  function end() {
    startTransition(async () => {
      const result = await endSessions({ id });
      setMessage({ ok: result.ok, text: result.ok ? result.message : result.error });
      if (result.ok) router.refresh();
    });
  }

  return (
    <section aria-labelledby="account-security" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="account-security" className="text-lg font-semibold">
        Keamanan akun
      </h2>
      <p>Sesi aktif: {sessions}</p>
      <div className="flex flex-wrap gap-3">
        {!self && (
          <button type="button" onClick={reset} disabled={pending} className={secondaryButtonClass}>
            Atur ulang kata sandi
          </button>
        )}
        <button type="button" onClick={end} disabled={pending} className={secondaryButtonClass}>
          Akhiri semua sesi
        </button>
      </div>
      <FormMessage message={message}>
        {oneTime && (
          <p className="mt-2">
            Kata sandi sementara:{" "}
            <code data-testid="one-time-password" className="rounded bg-slate-100 px-2 py-1 font-mono text-base">
              {oneTime}
            </code>
          </p>
        )}
      </FormMessage>
    </section>
  );
}
