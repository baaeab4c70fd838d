import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { HistoryList } from "@/components/staff/history-list";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireStaffPage } from "@/lib/auth/actor";
import { evaluationHistoryPage } from "@/lib/queries/staff-pages";

export const metadata: Metadata = { title: "Riwayat penilaian" };

export default function EvaluationHistoryPage({ params }: PageProps<"/admin/evaluasi/[id]/riwayat">) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Body params={params} />
    </Suspense>
  );
}

async function Body({ params }: Pick<PageProps<"/admin/evaluasi/[id]/riwayat">, "params">) {
  const { id } = await params;
  const actor = await requireStaffPage(`/admin/evaluasi/${id}/riwayat`);
  const found = await evaluationHistoryPage(actor, id);
  if (!found) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Riwayat penilaian {[found.institution, found.year].filter(Boolean).join(" · ")}</h1>
      <p className="text-sm">
        {found.exists ? (
          <Link href={`/admin/evaluasi/${id}`} className="text-blue-800 underline">
            Buka formulir penilaian
          </Link>
        ) : (
          "Penilaian ini sudah dihapus; pulihkan dari entri penghapusannya di bawah."
        )}
      </p>
      <HistoryList entries={found.entries} currentVersion={found.version} restorable />
    </div>
  );
}
