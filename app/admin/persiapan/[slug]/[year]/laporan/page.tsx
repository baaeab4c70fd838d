import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { AspectTable } from "@/components/readiness/aspect-table";
import { ReadinessSummary } from "@/components/readiness/readiness-summary";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireStaffPage } from "@/lib/auth/actor";
import { readiness } from "@/lib/merit";
import type { WorkspaceView } from "@/lib/queries/readiness";
import { readinessWorkspacePage } from "@/lib/queries/staff-pages";
import { STATUS_LABEL, TASK_STATUS_LABEL } from "@/components/readiness/status-labels";

export const metadata: Metadata = { title: "Laporan kesiapan" };

export default function ReadinessReportPage({ params }: PageProps<"/admin/persiapan/[slug]/[year]/laporan">) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Body params={params} />
    </Suspense>
  );
}

/** One institution on A4: the staff bar and buttons are hidden in print (globals.css @media print). */
async function Body({ params }: Pick<PageProps<"/admin/persiapan/[slug]/[year]/laporan">, "params">) {
  const { slug, year } = await params;
  const actor = await requireStaffPage(`/admin/persiapan/${slug}/${year}/laporan`);
  const view = /^\d{4}$/.test(year) ? await readinessWorkspacePage(actor, slug, Number(year)) : null;
  if (!view?.workspace) notFound();
  const figures = readiness(view.scheme, view.indicators);
  const printedAt = new Date().toLocaleDateString("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" });
  return (
    <article className="readiness-report space-y-4">
      <h1 className="text-2xl font-semibold">Laporan kesiapan penilaian sistem merit {view.year}</h1>
      <p>
        {view.institution.name} · skema {view.scheme.name} · dicetak {printedAt}
      </p>
      <ReadinessSummary figures={figures} scheme={view.scheme} year={view.year} trajectory={view.trajectory} />
      <AspectTable aspects={figures.aspects} />
      {view.scheme.aspects.map((aspect) => {
        const own = view.indicators.filter((i) => i.aspectCode === aspect.code);
        if (!own.length) return null;
        return (
          <section key={aspect.code} className="break-inside-avoid space-y-1">
            <h2 className="text-lg font-semibold">{aspect.name}</h2>
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th scope="col" className="p-1">
                    Indikator
                  </th>
                  <th scope="col" className="p-1">
                    Status
                  </th>
                  <th scope="col" className="p-1">
                    Nilai
                  </th>
                  <th scope="col" className="p-1">
                    Bukti
                  </th>
                </tr>
              </thead>
              <tbody>
                {own.map((i) => (
                  <tr key={i.id} className="border-b border-slate-200 align-top">
                    <td className="p-1">{i.title}</td>
                    <td className="p-1">{STATUS_LABEL[i.status]}</td>
                    <td className="p-1 tabular-nums">
                      {i.selfScore ?? "—"}/{i.maxScore}
                    </td>
                    <td className="p-1">{i.evidence.map((e) => e.title).join("; ") || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <FollowUp view={view} />
    </article>
  );
}

function FollowUp({ view }: { view: WorkspaceView }) {
  const owners = new Map(view.staff.map((s) => [s.id, s.name]));
  const titles = new Map(view.indicators.map((i) => [i.id, i.title]));
  return (
    <section className="break-inside-avoid space-y-1">
      <h2 className="text-lg font-semibold">Tindak lanjut rekomendasi</h2>
      {view.tasks.length === 0 ? (
        <p className="text-sm">Belum ada rekomendasi yang dicatat.</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-1">
                Rekomendasi
              </th>
              <th scope="col" className="p-1">
                Status
              </th>
              <th scope="col" className="p-1">
                Penanggung jawab
              </th>
              <th scope="col" className="p-1">
                Tenggat
              </th>
              <th scope="col" className="p-1">
                Indikator
              </th>
            </tr>
          </thead>
          <tbody>
            {view.tasks.map((t) => (
              <tr key={t.id} className="border-b border-slate-200 align-top">
                <td className="p-1">{t.recommendation}</td>
                <td className="p-1">{TASK_STATUS_LABEL[t.status]}</td>
                <td className="p-1">{(t.ownerId && owners.get(t.ownerId)) || "—"}</td>
                <td className="p-1">{t.dueDate ?? "—"}</td>
                <td className="p-1">{t.indicatorIds.map((id) => titles.get(id) ?? id).join("; ") || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
