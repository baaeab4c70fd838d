import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { HistoryList } from "@/components/staff/history-list";
import { SchemeForm } from "@/components/staff/scheme-form";
import { schemeFormValues } from "@/components/staff/scheme-values";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireStaffPage } from "@/lib/auth/actor";
import { schemeEditPage } from "@/lib/queries/staff-pages";

export const metadata: Metadata = { title: "Skema penilaian" };

export default function SchemePage({ params }: PageProps<"/admin/skema/[code]">) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Body params={params} />
    </Suspense>
  );
}

async function Body({ params }: Pick<PageProps<"/admin/skema/[code]">, "params">) {
  const { code } = await params;
  const actor = await requireStaffPage(`/admin/skema/${code}`);
  if (actor.role !== "admin") return <p role="alert">Hanya admin yang dapat mengelola skema penilaian.</p>;
  const found = await schemeEditPage(actor, code);
  if (!found) notFound();
  const { scheme, entries } = found;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{scheme.def.name}</h1>
      <p className="flex flex-wrap gap-4 text-sm">
        <span data-testid="scheme-status">{scheme.status === "active" ? "Aktif" : "Draf"}</span>
        <span>{scheme.results} hasil penilaian</span>
        <Link href="/admin/skema" className="text-blue-800 underline">
          Semua skema
        </Link>
      </p>
      <SchemeForm initial={schemeFormValues(scheme.def, scheme.description)} edit={{ version: scheme.version, status: scheme.status, results: scheme.results }} />
      <section aria-labelledby="history">
        <h2 id="history" className="mb-2 text-lg font-semibold">
          Riwayat
        </h2>
        <HistoryList entries={entries} currentVersion={null} restorable={false} />
      </section>
    </div>
  );
}
