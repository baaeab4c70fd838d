import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { HistoryList } from "@/components/staff/history-list";
import { InstitutionForm } from "@/components/staff/institution-form";
import { PUBLICATION_LABEL, TYPE_LABEL } from "@/components/staff/labels";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireStaffPage } from "@/lib/auth/actor";
import { institutionPage } from "@/lib/queries/staff-pages";

export const metadata: Metadata = { title: "Instansi" };

export default function InstitutionPage({ params }: PageProps<"/admin/instansi/[id]">) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Body params={params} />
    </Suspense>
  );
}

async function Body({ params }: Pick<PageProps<"/admin/instansi/[id]">, "params">) {
  const { id } = await params;
  const actor = await requireStaffPage(`/admin/instansi/${id}`);
  // An editor sees only the institutions they work for, as if the others did not exist.
  const found = await institutionPage(actor, id);
  if (!found) notFound();
  const { institution: inst, entries, provinces } = found;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{inst.name}</h1>
      <p className="flex flex-wrap gap-4 text-sm">
        <span>
          {TYPE_LABEL[inst.type]}
          {inst.province ? ` · ${inst.province.name}` : ""}
        </span>
        <Link href={`/instansi/${inst.slug}`} prefetch={false} className="text-blue-800 underline">
          Halaman publik
        </Link>
        <Link href={`/admin/evaluasi/baru?instansi=${inst.id}`} className="text-blue-800 underline">
          Tambah penilaian
        </Link>
      </p>
      <section aria-labelledby="evals">
        <h2 id="evals" className="mb-2 text-lg font-semibold">
          Penilaian
        </h2>
        <ul className="list-inside list-disc text-sm">
          {inst.evaluations.map((e) => (
            <li key={e.id}>
              <Link href={`/admin/evaluasi/${e.id}`} className="text-blue-800 underline">
                {e.year}: {e.status === "not_evaluated" ? "tidak dinilai" : [e.category?.name, e.score?.toNumber().toLocaleString("id-ID")].filter(Boolean).join(" · ")}
              </Link>{" "}
              ({PUBLICATION_LABEL[e.publication]})
            </li>
          ))}
        </ul>
      </section>
      {actor.role === "admin" && (
        <section aria-labelledby="edit">
          <h2 id="edit" className="mb-2 text-lg font-semibold">
            Data instansi
          </h2>
          <InstitutionForm
            provinces={provinces}
            edit={{ id: inst.id, version: inst.version }}
            initial={{
              name: inst.name,
              shortName: inst.shortName ?? "",
              type: inst.type,
              provinceCode: inst.provinceCode ?? "",
              kemendagriCode: inst.kemendagriCode ?? "",
              slug: inst.slug,
              aliases: inst.aliases.map((a) => a.alias).join("\n"),
              note: inst.note ?? "",
            }}
          />
        </section>
      )}
      <section aria-labelledby="history">
        <h2 id="history" className="mb-2 text-lg font-semibold">
          Riwayat
        </h2>
        <HistoryList entries={entries} currentVersion={null} restorable={false} />
      </section>
    </div>
  );
}
