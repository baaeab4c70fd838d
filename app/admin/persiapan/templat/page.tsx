import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireStaffPage } from "@/lib/auth/actor";
import { readinessTemplateSchemesPage } from "@/lib/queries/staff-pages";

export const metadata: Metadata = { title: "Templat indikator kesiapan" };

export default function TemplateSchemesPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Templat nasional indikator kesiapan</h1>
      <Suspense fallback={<PageSkeleton />}>
        <Body />
      </Suspense>
    </div>
  );
}

async function Body() {
  const actor = await requireStaffPage("/admin/persiapan/templat");
  if (actor.role !== "admin") return <p role="alert">Hanya admin yang dapat mengubah templat nasional.</p>;
  const schemes = await readinessTemplateSchemesPage();
  return (
    <ul className="space-y-2">
      {schemes.map((s) => (
        <li key={s.code}>
          <Link href={`/admin/persiapan/templat/${s.code}`} className="text-blue-800 underline">
            {s.name}
          </Link>{" "}
          · {s.indicators} indikator
        </li>
      ))}
    </ul>
  );
}
