import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { TemplateEditor } from "@/components/readiness/template-editor";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireStaffPage } from "@/lib/auth/actor";
import { readinessTemplatePage } from "@/lib/queries/staff-pages";

export const metadata: Metadata = { title: "Templat indikator kesiapan" };

export default function TemplatePage({ params }: PageProps<"/admin/persiapan/templat/[scheme]">) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Body params={params} />
    </Suspense>
  );
}

async function Body({ params }: Pick<PageProps<"/admin/persiapan/templat/[scheme]">, "params">) {
  const { scheme } = await params;
  const actor = await requireStaffPage(`/admin/persiapan/templat/${scheme}`);
  if (actor.role !== "admin") return <p role="alert">Hanya admin yang dapat mengubah templat nasional.</p>;
  const template = await readinessTemplatePage(scheme);
  if (!template) notFound();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/persiapan/templat" className="text-blue-800 underline">
          Templat nasional
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Templat indikator · {template.scheme.name}</h1>
      <p className="text-sm text-slate-700">Ruang persiapan yang dimulai setelah perubahan memakai templat ini; ruang yang sudah dimulai tidak berubah.</p>
      <TemplateEditor schemeCode={template.scheme.code} aspects={template.aspects} />
    </div>
  );
}
