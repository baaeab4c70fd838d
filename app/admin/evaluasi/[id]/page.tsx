import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { EvaluationForm } from "@/components/staff/evaluation-form";
import { valuesOf } from "@/components/staff/evaluation-values";
import { EvaluationPanel } from "@/components/staff/evaluation-panel";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireStaffPage } from "@/lib/auth/actor";
import { evaluationEditPage } from "@/lib/queries/staff-pages";

export const metadata: Metadata = { title: "Ubah penilaian" };

export default function EditEvaluationPage({ params, searchParams }: PageProps<"/admin/evaluasi/[id]">) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Body params={params} searchParams={searchParams} />
    </Suspense>
  );
}

async function Body({ params, searchParams }: PageProps<"/admin/evaluasi/[id]">) {
  const { id } = await params;
  const actor = await requireStaffPage(`/admin/evaluasi/${id}`);
  const [found, query] = await Promise.all([evaluationEditPage(actor, id), searchParams]);
  if (!found) notFound();
  const { snapshot, institution, schemes, rounds } = found;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        {institution.name} · {snapshot.year}
      </h1>
      {query.baru === "1" && (
        <p role="status" className="text-green-800">
          Penilaian tersimpan sebagai draf.
        </p>
      )}
      <p className="flex flex-wrap gap-4 text-sm">
        <Link href={`/admin/evaluasi/${id}/riwayat`} className="text-blue-800 underline">
          Riwayat perubahan
        </Link>
        {snapshot.publication === "published" && (
          <Link href={`/instansi/${institution.slug}`} prefetch={false} className="text-blue-800 underline">
            Lihat halaman publik
          </Link>
        )}
      </p>
      <EvaluationPanel id={id} version={snapshot.version} publication={snapshot.publication} verified={snapshot.verified} isAdmin={actor.role === "admin"} />
      <EvaluationForm schemes={schemes} rounds={rounds} institutions={[institution]} initial={valuesOf(snapshot)} edit={{ id, version: snapshot.version }} />
    </div>
  );
}
