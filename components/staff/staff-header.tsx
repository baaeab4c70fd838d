// The staff bar: where you are, who you are, and the way out. While a password change is
// pending the menu is hidden: the way out is all that is left.
import Link from "next/link";
import { currentSession, PASSWORD_PAGE } from "@/lib/auth/actor";
import { signOut } from "@/lib/actions/auth";
import type { StaffRole } from "@/lib/auth/guard";

const navLink = "text-blue-800 underline-offset-2 hover:underline";

const MENU: { href: string; label: string; roles: StaffRole[] }[] = [
  { href: "/admin/evaluasi", label: "Penilaian", roles: ["admin", "editor"] },
  { href: "/admin/instansi", label: "Instansi", roles: ["admin", "editor"] },
  { href: "/admin/impor", label: "Impor", roles: ["admin", "editor"] },
  { href: "/admin/persiapan", label: "Persiapan", roles: ["admin", "editor", "head", "reviewer"] },
  { href: "/admin/skema", label: "Skema", roles: ["admin"] },
  { href: "/admin/akun", label: "Akun", roles: ["admin"] },
  { href: "/admin/keamanan", label: "Log keamanan", roles: ["admin"] },
];

export async function StaffHeader() {
  const session = await currentSession();
  const actor = session?.actor;
  // Heads and reviewers read and comment on readiness only (decision 024): the pages that
  // write results are not theirs to open.
  const links = actor ? MENU.filter((m) => m.roles.includes(actor.role)) : [];
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/admin" className="font-semibold text-slate-900">
          Jejak Merit · Ruang Kerja
        </Link>
        {actor && !session.mustChangePassword && (
          <nav aria-label="Menu staf" className="flex flex-wrap gap-4 text-sm">
            {links.map(({ href, label }) => (
              <Link key={href} href={href} className={navLink}>
                {label}
              </Link>
            ))}
            <Link href={PASSWORD_PAGE} className={navLink}>
              Kata sandi
            </Link>
            <Link href="/" prefetch={false} className={navLink}>
              Situs publik
            </Link>
          </nav>
        )}
        {actor && (
          <form action={signOut} className="ml-auto flex items-center gap-3 text-sm">
            <span data-testid="who">
              {actor.name} ({actor.role})
            </span>
            <button type="submit" className="rounded border border-slate-400 px-3 py-1 hover:bg-slate-100">
              Keluar
            </button>
          </form>
        )}
      </div>
    </header>
  );
}
