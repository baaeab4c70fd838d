"use client";
import { useActionState } from "react";
import { signIn, type SignInState } from "@/lib/actions/auth";

export function SignInForm({ returnTo }: { returnTo: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, {});
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="returnTo" value={returnTo} />
      <label className="block text-sm">
        Email
        <input name="email" type="email" autoComplete="username" required defaultValue={state.email} className="mt-1 block w-full rounded border border-slate-400 p-2" />
      </label>
      <label className="block text-sm">
        Kata sandi
        <input name="password" type="password" autoComplete="current-password" required className="mt-1 block w-full rounded border border-slate-400 p-2" />
      </label>
      {state.error && (
        <p role="alert" className="text-sm text-red-800">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending} className="w-full rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900 disabled:opacity-60">
        {pending ? "Memeriksa…" : "Masuk"}
      </button>
    </form>
  );
}
