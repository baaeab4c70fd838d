import type { Metadata } from "next";
import { Suspense } from "react";
import { HistoryList } from "@/components/staff/history-list";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireStaffPage } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { history } from "@/lib/queries/staff";

export const metadata: Metadata = { title: "Riwayat penilaian" };

export default function EvaluationHistoryPage({ params }: PageProps<"/admin/evaluasi/[id]/riwayat">) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Riwayat penilaian</h1>
      <Suspense fallback={<PageSkeleton />}>
        <Body params={params} />
      </Suspense>
    </div>
  );
}

async function Body({ params }: Pick<PageProps<"/admin/evaluasi/[id]/riwayat">, "params">) {
  const { id } = await params;
  const actor = await requireStaffPage(`/admin/evaluasi/${id}/riwayat`);
  const db = await getDb();
  const [entries, current] = await Promise.all([
    history(db, actor, { entityId: id }),
    db.evaluation.findUnique({ where: { id }, select: { version: true } }),
  ]);
  return <HistoryList entries={entries} currentVersion={current?.version ?? null} restorable />;
}
