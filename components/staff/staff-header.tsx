// The staff bar: where you are, who you are, and the way out.
import Link from "next/link";
import { currentActor } from "@/lib/auth/actor";
import { signOut } from "@/lib/actions/auth";

export async function StaffHeader() {
  const actor = await currentActor();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/admin" className="font-semibold text-slate-900">
          Jejak Merit · Ruang Kerja
        </Link>
        {actor && (
          <nav aria-label="Menu staf" className="flex flex-wrap gap-4 text-sm">
            <Link href="/admin/evaluasi" className="text-blue-800 underline-offset-2 hover:underline">Penilaian</Link>
            <Link href="/admin/instansi" className="text-blue-800 underline-offset-2 hover:underline">Instansi</Link>
            <Link href="/admin/impor" className="text-blue-800 underline-offset-2 hover:underline">Impor</Link>
            {actor.role === "admin" && (
              <Link href="/admin/akun" className="text-blue-800 underline-offset-2 hover:underline">Akun</Link>
            )}
            <Link href="/" prefetch={false} className="text-blue-800 underline-offset-2 hover:underline">Situs publik</Link>
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
