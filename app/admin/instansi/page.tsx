import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { InstitutionsTable } from "@/components/staff/institutions-table";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireStaffPage } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Instansi" };

export default function InstitutionsPage() {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Body />
    </Suspense>
  );
}

async function Body() {
  const actor = await requireStaffPage("/admin/instansi");
  return (
    <div className="space-y-4">
      <div className="flex items-center gap-4">
        <h1 className="text-2xl font-semibold">Instansi</h1>
        {actor.role === "admin" && (
          <Link href="/admin/instansi/baru" className="ml-auto rounded bg-blue-800 px-4 py-2 text-sm font-medium text-white hover:bg-blue-900">
            Tambah instansi
          </Link>
        )}
      </div>
      <InstitutionsTable />
    </div>
  );
}
