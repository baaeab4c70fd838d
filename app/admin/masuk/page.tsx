import type { Metadata } from "next";
import { Suspense } from "react";
import { SignInForm } from "@/components/staff/sign-in-form";

export const metadata: Metadata = { title: "Masuk" };

export default function SignInPage({ searchParams }: PageProps<"/admin/masuk">) {
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold">Masuk ke ruang kerja</h1>
      <p className="text-sm text-slate-700">Untuk staf BKPSDM/BKD dan administrator nasional. Akun dibuat oleh admin.</p>
      <Suspense fallback={null}>
        <Form searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

async function Form({ searchParams }: Pick<PageProps<"/admin/masuk">, "searchParams">) {
  const { lanjut } = await searchParams;
  return <SignInForm returnTo={typeof lanjut === "string" ? lanjut : "/admin"} />;
}
