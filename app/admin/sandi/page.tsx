import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { PasswordForm } from "@/components/staff/password-form";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { currentSession, PASSWORD_PAGE } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Ganti kata sandi" };

export default function PasswordPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Ganti kata sandi</h1>
      <Suspense fallback={<PageSkeleton />}>
        <Body />
      </Suspense>
    </div>
  );
}

// The one staff page open to a session whose password must be changed first.
async function Body() {
  const session = await currentSession();
  if (!session) redirect(`/admin/masuk?lanjut=${encodeURIComponent(PASSWORD_PAGE)}`);
  return (
    <>
      {session.mustChangePassword ? (
        <p role="note" className="max-w-md rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          Kata sandi Anda diberikan oleh admin (saat akun dibuat atau diatur ulang). Ganti kata sandi sementara ini dengan kata sandi pilihan Anda sebelum melanjutkan.
        </p>
      ) : (
        <p className="max-w-md text-sm text-slate-700">Setelah diganti, sesi Anda di perangkat lain diakhiri.</p>
      )}
      <PasswordForm oneTime={session.mustChangePassword} />
    </>
  );
}
