// Words for enum values in the staff workspace. The domain's own words (institution type,
// evaluator, reason) come from the message files, as on the public pages: one label each.
import type { SecurityEventType } from "@/lib/audit/security-log";
import type { Evaluator, InstitutionType, NotEvaluatedReason } from "@/lib/merit";
import messages from "@/lib/i18n/messages/id.json";

/** A label at the start of a line or an option: "siklus dua tahunan" → "Siklus dua tahunan". */
const capitalised = <K extends string>(labels: Record<K, string>) =>
  Object.fromEntries(Object.entries<string>(labels).map(([k, v]) => [k, v.charAt(0).toUpperCase() + v.slice(1)])) as Record<K, string>;

export const PUBLICATION_LABEL = { draft: "Draf", published: "Terbit" } as const;
export const STATUS_LABEL = { evaluated: "Dinilai", not_evaluated: "Tidak dinilai" } as const;
export const REASON_LABEL: Record<NotEvaluatedReason, string> = capitalised(messages.reasons);
export const EVALUATOR_LABEL: Record<Evaluator, string> = messages.evaluators;
export const TYPE_LABEL: Record<InstitutionType, string> = messages.types;
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
  "scheme.create": "Skema dibuat (draf)",
  "scheme.update": "Skema diubah",
  "scheme.activate": "Skema diaktifkan",
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
  round: "Putaran",
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
