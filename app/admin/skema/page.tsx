import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { StaffTable } from "@/components/ui/staff-table";
import { requireStaffPage } from "@/lib/auth/actor";
import { schemesPage } from "@/lib/queries/staff-pages";

export const metadata: Metadata = { title: "Skema penilaian" };

export default function SchemesPage() {
  return (
    <div className="space-y-4">
      <Suspense fallback={<PageSkeleton />}>
        <Body />
      </Suspense>
    </div>
  );
}

async function Body() {
  const actor = await requireStaffPage("/admin/skema");
  if (actor.role !== "admin") return <p role="alert">Hanya admin yang dapat mengelola skema penilaian.</p>;
  const schemes = await schemesPage();
  return (
    <>
      <div className="flex items-center gap-4">
        <h1 className="text-2xl font-semibold">Skema penilaian</h1>
        <Link href="/admin/skema/baru" className="ml-auto rounded bg-blue-800 px-4 py-2 text-sm font-medium text-white hover:bg-blue-900">
          Tambah skema
        </Link>
      </div>
      <p className="text-sm text-slate-700">
        Skema baru disimpan sebagai draf; hasil penilaian hanya memakai skema yang aktif, dan masa berlaku skema aktif tidak boleh bertumpang tindih.
      </p>
      <StaffTable columns={["Nama", "Berlaku", "Skala", "Kategori", "Status", "Hasil"]}>
        {schemes.map((s) => (
          <tr key={s.code} className="border-b border-slate-200">
            <td className="p-2">
              <Link href={`/admin/skema/${s.code}`} className="text-blue-800 underline">
                {s.name}
              </Link>
            </td>
            <td className="p-2">
              {s.validFromYear}–{s.validToYear ?? "seterusnya"}
            </td>
            <td className="p-2">{s.scale}</td>
            <td className="p-2">
              {s.categories.join(", ")}
              {s.provisional ? " (sementara)" : ""}
            </td>
            <td className="p-2">{s.status === "active" ? "aktif" : "draf"}</td>
            <td className="p-2">{s.results}</td>
          </tr>
        ))}
      </StaffTable>
    </>
  );
}
