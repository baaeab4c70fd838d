import Link from "next/link";
import { Suspense } from "react";
import { FailedSignInsNotice } from "@/components/staff/failed-sign-ins-notice";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireStaffPage } from "@/lib/auth/actor";
import { staffHomePage } from "@/lib/queries/staff-pages";

/** A download from a route handler: a plain link, not client navigation. */
const backupUrl = (format: "json" | "zip") => `/api/admin/export?format=${format}`;

export default function StaffHome() {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Body />
    </Suspense>
  );
}

async function Body() {
  const actor = await requireStaffPage("/admin");
  const { view, failures } = await staffHomePage(actor);
  return (
    <div className="space-y-8">
      <FailedSignInsNotice failures={failures} />
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-semibold">Selamat datang, {actor.name}</h1>
        <Link href="/admin/evaluasi/baru" className="ml-auto rounded bg-blue-800 px-4 py-2 text-sm font-medium text-white hover:bg-blue-900">
          Tambah penilaian
        </Link>
      </div>
      {actor.role === "editor" && (
        <section aria-labelledby="mine">
          <h2 id="mine" className="mb-2 text-lg font-semibold">
            Instansi saya
          </h2>
          <ul className="list-inside list-disc">
            {view.mine.map((i) => (
              <li key={i.id}>
                <Link href={`/admin/instansi/${i.id}`} className="text-blue-800 underline">
                  {i.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {actor.role === "admin" && (
        <section aria-labelledby="backup">
          <h2 id="backup" className="mb-2 text-lg font-semibold">
            Cadangan data
          </h2>
          <p className="text-sm">
            Seluruh data (termasuk draf):{" "}
            <a href={backupUrl("json")} download className="text-blue-800 underline">
              JSON
            </a>{" "}
            ·{" "}
            <a href={backupUrl("zip")} download className="text-blue-800 underline">
              CSV (zip)
            </a>
          </p>
        </section>
      )}
      <section aria-labelledby="drafts">
        <h2 id="drafts" className="mb-2 text-lg font-semibold">
          Draf ({view.drafts.length})
        </h2>
        {view.drafts.length === 0 ? (
          <p className="text-sm text-slate-700">Tidak ada draf.</p>
        ) : (
          <ul className="list-inside list-disc">
            {view.drafts.map((d) => (
              <li key={d.id}>
                <Link href={`/admin/evaluasi/${d.id}`} className="text-blue-800 underline">
                  {d.institution} · {d.year}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="due">
        <h2 id="due" className="mb-2 text-lg font-semibold">
          Jatuh tempo penilaian {view.year} ({view.due.length})
        </h2>
        <p className="mb-2 text-sm text-slate-700">Menurut siklus penilaian: hasil Sangat Baik dinilai lagi dua tahun kemudian, yang lain setiap tahun.</p>
        {view.due.length === 0 ? (
          <p className="text-sm text-slate-700">Tidak ada yang jatuh tempo.</p>
        ) : (
          <ul className="list-inside list-disc">
            {view.due.slice(0, 50).map((i) => (
              <li key={i.id}>
                <Link href={`/admin/evaluasi/baru?instansi=${i.id}&tahun=${view.year}`} className="text-blue-800 underline">
                  {i.name}
                </Link>{" "}
                <span className="text-sm text-slate-700">(terakhir {i.lastYear})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
