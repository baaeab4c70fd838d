import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { StartWorkspace } from "@/components/readiness/start-workspace";
import { Workspace } from "@/components/readiness/workspace";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireStaffPage } from "@/lib/auth/actor";
import { readinessWorkspacePage } from "@/lib/queries/staff-pages";

export const metadata: Metadata = { title: "Ruang persiapan" };

export default function WorkspacePage({ params }: PageProps<"/admin/persiapan/[slug]/[year]">) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Body params={params} />
    </Suspense>
  );
}

async function Body({ params }: Pick<PageProps<"/admin/persiapan/[slug]/[year]">, "params">) {
  const { slug, year } = await params;
  const actor = await requireStaffPage(`/admin/persiapan/${slug}/${year}`);
  const view = /^\d{4}$/.test(year) ? await readinessWorkspacePage(actor, slug, Number(year)) : null;
  if (!view) notFound();
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href="/admin/persiapan" className="text-blue-800 underline">
          Persiapan penilaian
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">
        {view.institution.name} · persiapan {view.year}
      </h1>
      <p className="text-sm text-slate-700">Skema {view.scheme.name}.</p>
      {view.workspace ? (
        <>
          <p className="text-sm">
            <Link href={`/admin/persiapan/${slug}/${year}/laporan`} className="mr-4 text-blue-800 underline">
              Laporan kesiapan (cetak)
            </Link>
            <a href={`/api/admin/readiness-export?institution=${slug}&year=${year}`} download className="mr-4 text-blue-800 underline">
              Unduh CSV indikator
            </a>
            <a href={`/api/admin/readiness-export?institution=${slug}&year=${year}&what=tasks`} download className="text-blue-800 underline">
              Unduh CSV tindak lanjut
            </a>
          </p>
          <Workspace view={view} />
        </>
      ) : (
        <div className="space-y-2">
          <p>
            Ruang persiapan tahun {view.year} belum dimulai. Templat nasional memuat {view.templateIndicators} indikator.
          </p>
          {view.canEdit && <StartWorkspace institutionId={view.institution.id} slug={view.institution.slug} year={view.year} />}
        </div>
      )}
    </div>
  );
}
