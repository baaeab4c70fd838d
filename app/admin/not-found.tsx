import Link from "next/link";

export default function StaffNotFound() {
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">Halaman tidak ditemukan</h1>
      <p>Data ini tidak ada, atau tidak termasuk instansi yang Anda urus.</p>
      <Link href="/admin" className="text-blue-800 underline">
        Kembali ke ruang kerja
      </Link>
    </div>
  );
}
