import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { EvaluationsTable } from "@/components/staff/evaluations-table";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireStaffPage } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Penilaian" };

export default function EvaluationsPage() {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Body />
    </Suspense>
  );
}

async function Body() {
  const actor = await requireStaffPage("/admin/evaluasi");
  return (
    <div className="space-y-4">
      <div className="flex items-center gap-4">
        <h1 className="text-2xl font-semibold">Penilaian</h1>
        <Link href="/admin/evaluasi/baru" className="ml-auto rounded bg-blue-800 px-4 py-2 text-sm font-medium text-white hover:bg-blue-900">
          Tambah penilaian
        </Link>
      </div>
      <EvaluationsTable isAdmin={actor.role === "admin"} />
    </div>
  );
}
