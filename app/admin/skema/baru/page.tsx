import type { Metadata } from "next";
import { Suspense } from "react";
import { SchemeForm } from "@/components/staff/scheme-form";
import { emptyScheme } from "@/components/staff/scheme-values";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireStaffPage } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Tambah skema" };

export default function NewSchemePage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Tambah skema penilaian</h1>
      <Suspense fallback={<PageSkeleton />}>
        <Body />
      </Suspense>
    </div>
  );
}

async function Body() {
  const actor = await requireStaffPage("/admin/skema/baru");
  if (actor.role !== "admin") return <p role="alert">Hanya admin yang dapat menambah skema penilaian.</p>;
  return <SchemeForm initial={emptyScheme} />;
}
