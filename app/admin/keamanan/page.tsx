import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { SECURITY_EVENT_LABEL, buttonClass, inputClass } from "@/components/staff/labels";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { securityEventTypes } from "@/lib/audit/security-log";
import { requireStaffPage } from "@/lib/auth/actor";
import { securityLogFilterSchema, type SecurityLogFilter } from "@/lib/queries/security-log";
import { securityLogPage } from "@/lib/queries/staff-pages";
import { StaffTable } from "@/components/ui/staff-table";

export const metadata: Metadata = { title: "Log keamanan" };

export default function SecurityLogPage({ searchParams }: PageProps<"/admin/keamanan">) {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Log keamanan</h1>
      <Suspense fallback={<PageSkeleton />}>
        <Body searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

const when = (iso: string) => new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Jakarta" }).format(new Date(iso));

function query(f: Pick<SecurityLogFilter, "akun" | "jenis">, page?: number) {
  const q = new URLSearchParams();
  if (f.akun) q.set("akun", f.akun);
  if (f.jenis) q.set("jenis", f.jenis);
  if (page && page > 1) q.set("hal", String(page));
  const s = q.toString();
  return s ? `?${s}` : "";
}

async function Body({ searchParams }: Pick<PageProps<"/admin/keamanan">, "searchParams">) {
  const actor = await requireStaffPage("/admin/keamanan");
  if (actor.role !== "admin") return <p role="alert">Hanya admin yang dapat membaca log keamanan.</p>;
  const raw = await searchParams;
  const parsed = securityLogFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : { hal: 1 };
  const log = await securityLogPage(actor, filter);
  const pages = Math.max(1, Math.ceil(log.total / log.pageSize));
  return (
    <>
      <p className="text-sm text-slate-700">
        Masuk, gagal masuk, penahanan, keluar, penggantian dan pengaturan ulang kata sandi, perubahan peran, penonaktifan dan sesi yang diakhiri. Terbaru di atas; catatan tidak
        dapat diubah atau dihapus.
      </p>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <label className="block">
          Akun (email)
          <input name="akun" type="search" defaultValue={filter.akun ?? ""} className={inputClass} />
        </label>
        <label className="block">
          Jenis peristiwa
          <select name="jenis" defaultValue={filter.jenis ?? ""} className={inputClass}>
            <option value="">Semua</option>
            {securityEventTypes.map((t) => (
              <option key={t} value={t}>
                {SECURITY_EVENT_LABEL[t]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass}>
          Tampilkan
        </button>
        <a href={`/api/admin/security-log${query(filter)}`} className="text-blue-800 underline" download>
          Unduh CSV
        </a>
      </form>
      {!parsed.success && (
        <p role="alert" className="text-sm text-red-800">
          {parsed.error.issues[0].message} Menampilkan semua peristiwa.
        </p>
      )}
      <p className="text-sm">{log.total.toLocaleString("id-ID")} peristiwa</p>
      <div className="overflow-x-auto">
        <StaffTable columns={["Waktu (WIB)", "Peristiwa", "Akun", "Oleh", "Alamat klien", "Rincian"]}>
          {log.rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 align-top">
              <td className="whitespace-nowrap p-2">{when(r.at)}</td>
              <td className="p-2">{SECURITY_EVENT_LABEL[r.type as keyof typeof SECURITY_EVENT_LABEL] ?? r.type}</td>
              <td className="p-2">{r.email ?? "—"}</td>
              <td className="p-2">{r.actorEmail ?? "—"}</td>
              <td className="p-2">{r.clientAddress ?? "—"}</td>
              <td className="break-all p-2 font-mono text-xs">{r.detail}</td>
            </tr>
          ))}
        </StaffTable>
      </div>
      {pages > 1 && (
        <nav aria-label="Halaman log" className="flex items-center gap-4 text-sm">
          {log.page > 1 && (
            <Link href={`/admin/keamanan${query(filter, log.page - 1)}`} className="text-blue-800 underline">
              Sebelumnya
            </Link>
          )}
          <span>
            Halaman {log.page} dari {pages}
          </span>
          {log.page < pages && (
            <Link href={`/admin/keamanan${query(filter, log.page + 1)}`} className="text-blue-800 underline">
              Berikutnya
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
