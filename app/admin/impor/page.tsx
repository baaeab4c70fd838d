import type { Metadata } from "next";
import { Suspense } from "react";
import { ImportWorkbench } from "@/components/staff/import-workbench";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireStaffPage } from "@/lib/auth/actor";
import { FORMAT_DOC } from "@/lib/import";

export const metadata: Metadata = { title: "Impor hasil" };

/** A download from a route handler: a plain link, not client navigation. */
const templateUrl = () => "/api/admin/import/template";

export default function ImportPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Impor hasil penilaian</h1>
      <Suspense fallback={<PageSkeleton />}>
        <Body />
      </Suspense>
      <section aria-labelledby="format" className="space-y-2 text-sm">
        <h2 id="format" className="text-lg font-semibold">
          Format berkas
        </h2>
        <p>
          Baris pertama berisi nama kolom.{" "}
          <a href={templateUrl()} download className="text-blue-800 underline">
            Unduh templat CSV
          </a>
          . Angka boleh memakai koma desimal (264,5); tanggal boleh 2023-12-07, 7/12/2023 atau 7 Desember 2023.
        </p>
        <table className="w-full border-collapse bg-white">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="p-2">
                Kolom
              </th>
              <th scope="col" className="p-2">
                Nama lain
              </th>
              <th scope="col" className="p-2">
                Wajib
              </th>
              <th scope="col" className="p-2">
                Isi
              </th>
            </tr>
          </thead>
          <tbody>
            {FORMAT_DOC.map((c) => (
              <tr key={c.column} className="border-b border-slate-200 align-top">
                <td className="p-2 font-mono">{c.column}</td>
                <td className="p-2">{c.aliases.join(", ")}</td>
                <td className="p-2">{c.requirement}</td>
                <td className="p-2">
                  {c.description} (mis. {c.example})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

async function Body() {
  const actor = await requireStaffPage("/admin/impor");
  return <ImportWorkbench isAdmin={actor.role === "admin"} />;
}
