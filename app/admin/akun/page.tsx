import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { AccountForm } from "@/components/staff/account-form";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireStaffPage } from "@/lib/auth/actor";
import { accountListPage } from "@/lib/queries/staff-pages";
import { StaffTable } from "@/components/ui/staff-table";

export const metadata: Metadata = { title: "Akun" };

export default function AccountsPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Akun staf</h1>
      <Suspense fallback={<PageSkeleton />}>
        <Body />
      </Suspense>
    </div>
  );
}

async function Body() {
  const actor = await requireStaffPage("/admin/akun");
  if (actor.role !== "admin") return <p role="alert">Hanya admin yang dapat mengelola akun.</p>;
  const { users, institutions, provinces } = await accountListPage(actor);
  return (
    <>
      <StaffTable columns={["Nama", "Email", "Peran", "Instansi", "Status"]}>
        {users.map((u) => (
          <tr key={u.id} className="border-b border-slate-200">
            <td className="p-2">
              <Link href={`/admin/akun/${u.id}`} className="text-blue-800 underline">
                {u.name}
              </Link>
            </td>
            <td className="p-2">{u.email}</td>
            <td className="p-2">{u.role}</td>
            <td className="p-2">{u.role === "admin" ? "semua" : u.institutions.map((i) => i.institution.name).join(", ")}</td>
            <td className="p-2">{u.banned ? "nonaktif" : u.mustChangePassword ? "aktif · harus ganti kata sandi" : "aktif"}</td>
          </tr>
        ))}
      </StaffTable>
      <section aria-labelledby="new-account" className="space-y-2">
        <h2 id="new-account" className="text-lg font-semibold">
          Buat akun
        </h2>
        <AccountForm
          institutions={institutions}
          provinces={provinces}
          initial={{ name: "", email: "", password: "", role: "editor", institutionIds: [], reviewProvinceCode: null, active: true }}
        />
      </section>
    </>
  );
}
