// The staff bar: where you are, who you are, and the way out. While a password change is
// pending the menu is hidden: the way out is all that is left.
import Link from "next/link";
import { currentSession, PASSWORD_PAGE } from "@/lib/auth/actor";
import { signOut } from "@/lib/actions/auth";

const navLink = "text-blue-800 underline-offset-2 hover:underline";

export async function StaffHeader() {
  const session = await currentSession();
  const actor = session?.actor;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/admin" className="font-semibold text-slate-900">
          Jejak Merit · Ruang Kerja
        </Link>
        {actor && !session.mustChangePassword && (
          <nav aria-label="Menu staf" className="flex flex-wrap gap-4 text-sm">
            <Link href="/admin/evaluasi" className={navLink}>
              Penilaian
            </Link>
            <Link href="/admin/instansi" className={navLink}>
              Instansi
            </Link>
            <Link href="/admin/impor" className={navLink}>
              Impor
            </Link>
            <Link href="/admin/persiapan" className={navLink}>
              Persiapan
            </Link>
            {actor.role === "admin" && (
              <>
                <Link href="/admin/skema" className={navLink}>
                  Skema
                </Link>
                <Link href="/admin/akun" className={navLink}>
                  Akun
                </Link>
                <Link href="/admin/keamanan" className={navLink}>
                  Log keamanan
                </Link>
              </>
            )}
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
              {actor.name} ({actor.role === "admin" ? "admin" : "editor"})
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
