import type { Metadata } from "next";
import { Suspense } from "react";
import { EvaluationForm } from "@/components/staff/evaluation-form";
import { emptySource } from "@/components/staff/form-parts";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireStaffPage } from "@/lib/auth/actor";
import { newEvaluationPage } from "@/lib/queries/staff-pages";

export const metadata: Metadata = { title: "Tambah penilaian" };

export default function NewEvaluationPage({ searchParams }: PageProps<"/admin/evaluasi/baru">) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Tambah penilaian</h1>
      <Suspense fallback={<PageSkeleton />}>
        <Body searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

async function Body({ searchParams }: Pick<PageProps<"/admin/evaluasi/baru">, "searchParams">) {
  const actor = await requireStaffPage("/admin/evaluasi/baru");
  const [{ institutions, schemes, rounds }, params] = await Promise.all([newEvaluationPage(actor), searchParams]);
  const chosen = typeof params.instansi === "string" && institutions.some((i) => i.id === params.instansi) ? params.instansi : "";
  const year = typeof params.tahun === "string" && /^\d{4}$/.test(params.tahun) ? params.tahun : String(new Date().getFullYear() - 1);
  return (
    <EvaluationForm
      schemes={schemes}
      rounds={rounds}
      institutions={institutions}
      initial={{
        institutionId: chosen || (institutions.length === 1 ? institutions[0].id : ""),
        year,
        round: "",
        status: "evaluated",
        notEvaluatedReason: "",
        score: "",
        selfAssessedScore: "",
        categoryCode: "",
        evaluator: "",
        announcedAt: "",
        note: "",
        aspectScores: {},
        subScores: [],
        sources: [emptySource],
      }}
    />
  );
}
