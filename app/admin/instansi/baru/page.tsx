import type { Metadata } from "next";
import { Suspense } from "react";
import { InstitutionForm } from "@/components/staff/institution-form";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireStaffPage } from "@/lib/auth/actor";
import { provinceChoices } from "@/lib/queries/staff-pages";

export const metadata: Metadata = { title: "Tambah instansi" };

export default function NewInstitutionPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Tambah instansi</h1>
      <Suspense fallback={<PageSkeleton />}>
        <Body />
      </Suspense>
    </div>
  );
}

async function Body() {
  const actor = await requireStaffPage("/admin/instansi/baru");
  if (actor.role !== "admin") return <p role="alert">Hanya admin yang dapat menambah instansi.</p>;
  const provinces = await provinceChoices();
  return <InstitutionForm provinces={provinces} initial={{ name: "", shortName: "", type: "lembaga", provinceCode: "", kemendagriCode: "", slug: "", aliases: "", note: "" }} />;
}
