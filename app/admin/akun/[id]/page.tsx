import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { AccountForm } from "@/components/staff/account-form";
import { AccountSecurity } from "@/components/staff/account-security";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requireStaffPage } from "@/lib/auth/actor";
import { accountEditPage } from "@/lib/queries/staff-pages";

export const metadata: Metadata = { title: "Ubah akun" };

export default function AccountPage({ params }: PageProps<"/admin/akun/[id]">) {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Body params={params} />
    </Suspense>
  );
}

async function Body({ params }: Pick<PageProps<"/admin/akun/[id]">, "params">) {
  const { id } = await params;
  const actor = await requireStaffPage(`/admin/akun/${id}`);
  if (actor.role !== "admin") return <p role="alert">Hanya admin yang dapat mengelola akun.</p>;
  const found = await accountEditPage(actor, id);
  if (!found) notFound();
  const { user, institutions, sessions, provinces } = found;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">
        {user.name} · {user.email}
      </h1>
      <AccountForm
        institutions={institutions}
        provinces={provinces}
        edit={{ id }}
        initial={{
          name: user.name,
          email: user.email,
          password: "",
          role: user.role,
          institutionIds: user.institutions.map((i) => i.institutionId),
          reviewProvinceCode: user.reviewProvinceCode,
          active: !user.banned,
        }}
      />
      <AccountSecurity id={id} email={user.email} sessions={sessions} self={id === actor.userId} />
    </div>
  );
}
