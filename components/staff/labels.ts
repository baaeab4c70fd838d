// Words for enum values in the staff workspace.
import type { SecurityEventType } from "@/lib/audit/security-log";

export const PUBLICATION_LABEL = { draft: "Draf", published: "Terbit" } as const;
export const STATUS_LABEL = { evaluated: "Dinilai", not_evaluated: "Tidak dinilai" } as const;
export const REASON_LABEL = { biennial_cycle: "Siklus dua tahunan", not_submitted: "Tidak mengajukan", other: "Lainnya" } as const;
export const EVALUATOR_LABEL = { kasn: "KASN", kemenpanrb_bkn: "KemenPAN-RB / BKN", bkd_provinsi: "BKD Provinsi" } as const;
export const TYPE_LABEL = { kementerian: "Kementerian", lembaga: "Lembaga", provinsi: "Provinsi", kabupaten: "Kabupaten", kota: "Kota" } as const;
export const ACTION_LABEL: Record<string, string> = {
  "evaluation.create": "Penilaian dibuat",
  "evaluation.update": "Penilaian diubah",
  "evaluation.delete": "Penilaian dihapus",
  "evaluation.publish": "Diterbitkan",
  "evaluation.unpublish": "Ditarik menjadi draf",
  "evaluation.verify": "Ditandai terverifikasi",
  "evaluation.unverify": "Verifikasi dicabut",
  "evaluation.restore": "Versi terdahulu dipulihkan",
  "institution.create": "Instansi ditambahkan",
  "institution.update": "Instansi diubah",
  "user.create": "Akun dibuat",
  "user.update": "Akun diubah",
  "user.password_reset": "Kata sandi diatur ulang",
  "user.sessions_end": "Semua sesi diakhiri",
};

export const SECURITY_EVENT_LABEL: Record<SecurityEventType, string> = {
  "signin.success": "Masuk berhasil",
  "signin.failure": "Gagal masuk",
  "signin.throttled": "Masuk ditahan (terlalu banyak percobaan)",
  signout: "Keluar",
  "password.change": "Kata sandi diganti",
  "password.reset": "Kata sandi diatur ulang oleh admin",
  "role.change": "Peran diubah",
  "account.deactivate": "Akun dinonaktifkan",
  "account.activate": "Akun diaktifkan kembali",
  "sessions.end": "Semua sesi diakhiri oleh admin",
};

/** The one map from stored field names (audit change sets, snapshots) to the words staff read. */
export const FIELD_LABEL: Record<string, string> = {
  year: "Tahun",
  status: "Status",
  notEvaluatedReason: "Alasan tidak dinilai",
  score: "Nilai terverifikasi",
  selfAssessedScore: "Nilai mandiri",
  categoryCode: "Kategori",
  evaluator: "Penilai",
  announcedAt: "Tanggal pengumuman",
  note: "Catatan",
  aspectScores: "Nilai per aspek",
  subScores: "Sub-nilai",
  sources: "Sumber",
  publication: "Publikasi",
  verified: "Terverifikasi",
  institutionId: "Instansi",
  schemeCode: "Skema",
  id: "ID",
  name: "Nama",
  shortName: "Nama singkat",
  type: "Jenis",
  provinceCode: "Kode provinsi",
  kemendagriCode: "Kode Kemendagri",
  slug: "Alamat halaman (slug)",
  aliases: "Nama lain",
  email: "Email",
  role: "Peran",
  active: "Aktif",
  institutionIds: "Instansi yang diurus",
};
export const fieldLabel = (field: string) => FIELD_LABEL[field] ?? field;

export const inputClass = "mt-1 block w-full rounded border border-slate-400 p-2 text-sm";
export const buttonClass = "rounded bg-blue-800 px-4 py-2 text-sm font-medium text-white hover:bg-blue-900 disabled:opacity-60";
export const secondaryButtonClass = "rounded border border-slate-400 px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-60";
