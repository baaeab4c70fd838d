import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { AspectTable } from "@/components/readiness/aspect-table";
import { StartWorkspace } from "@/components/readiness/start-workspace";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireStaffPage } from "@/lib/auth/actor";
import { readinessOverviewPage } from "@/lib/queries/staff-pages";

export const metadata: Metadata = { title: "Persiapan penilaian" };

export default function ReadinessOverviewPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Persiapan penilaian berikutnya</h1>
      <Suspense fallback={<PageSkeleton />}>
        <Body />
      </Suspense>
    </div>
  );
}

async function Body() {
  const actor = await requireStaffPage("/admin/persiapan");
  const plans = await readinessOverviewPage(actor);
  // Heads and reviewers read; only editors and admins start workspaces.
  const canEdit = actor.role === "admin" || actor.role === "editor";
  const templateLink = actor.role === "admin" && (
    <p className="text-sm">
      <Link href="/admin/persiapan/templat" className="text-blue-800 underline">
        Templat nasional indikator
      </Link>
    </p>
  );
  if (!plans.length)
    return (
      <>
        {templateLink}
        <p>Belum ada instansi yang dapat Anda siapkan.</p>
      </>
    );
  return (
    <div className="space-y-8">
      {templateLink}
      {plans.map((plan) => {
        const href = `/admin/persiapan/${plan.institution.slug}/${plan.dueYear}`;
        return (
          <section key={plan.institution.id} aria-labelledby={`plan-${plan.institution.id}`} className="space-y-3 rounded border border-slate-200 bg-white p-4">
            <h2 id={`plan-${plan.institution.id}`} className="text-lg font-semibold">
              {plan.institution.name} · penilaian {plan.dueYear}
            </h2>
            {plan.scheme && plan.readiness ? (
              <>
                <p className="text-sm text-slate-700">
                  Skema {plan.scheme.name}. Kesiapan keseluruhan: <strong data-testid="overall-ready">{plan.readiness.readyPercent}%</strong>
                  {plan.started ? ` (${plan.readiness.ready} dari ${plan.readiness.indicators} indikator siap)` : " — ruang persiapan belum dimulai"}
                </p>
                <AspectTable aspects={plan.readiness.aspects} />
                {plan.started ? (
                  <Link href={href} className="inline-block rounded bg-blue-800 px-4 py-2 text-white">
                    Buka ruang persiapan {plan.dueYear}
                  </Link>
                ) : (
                  canEdit && <StartWorkspace institutionId={plan.institution.id} slug={plan.institution.slug} year={plan.dueYear} />
                )}
              </>
            ) : (
              <p>Tidak ada skema penilaian untuk tahun {plan.dueYear}.</p>
            )}
            {plan.otherYears.length > 0 && (
              <p className="text-sm">
                Tahun lain:{" "}
                {plan.otherYears.map((y) => (
                  <Link key={y} href={`/admin/persiapan/${plan.institution.slug}/${y}`} className="mr-3 text-blue-800 underline">
                    {y}
                  </Link>
                ))}
              </p>
            )}
            {canEdit && <StartWorkspace institutionId={plan.institution.id} slug={plan.institution.slug} year={plan.dueYear + 1} laterYear />}
          </section>
        );
      })}
    </div>
  );
}
