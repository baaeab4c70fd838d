// The schemas of the readiness workspace, shared by its forms and its server actions.
import { z } from "zod";
import { dateText, optionalText, requiredText, webUrl } from "./fields";

export const READINESS_STATUSES = ["belum", "proses", "siap"] as const;
export const TASK_STATUSES = ["belum", "proses", "selesai"] as const;

const id = (message: string) => z.string({ error: message }).min(1, message).max(40, message);
const version = z.number({ error: "Versi tidak dikenal." }).int().positive();

export const startWorkspaceSchema = z.object({
  institutionId: id("Pilih instansi."),
  year: z.coerce.number({ error: "Tahun harus berupa angka." }).int("Tahun harus bilangan bulat.").min(2019, "Tahun paling awal 2019.").max(2100, "Tahun paling akhir 2100."),
  /** The national template, or the institution's latest earlier workspace (carry-over). */
  from: z.enum(["template", "previous"], { error: "Pilih sumber: templat atau tahun sebelumnya." }).default("template"),
});

/** A change to one indicator, from the version the form saw. */
export const indicatorUpdateSchema = z.object({
  id: id("Indikator tidak dikenal."),
  version,
  status: z.enum(READINESS_STATUSES, { error: "Pilih status: belum, proses atau siap." }),
  selfScore: z.number({ error: "Nilai mandiri harus berupa angka." }).min(0, "Nilai mandiri tidak boleh negatif.").nullable(),
  ownerId: z
    .string()
    .max(40)
    .nullish()
    .transform((v) => v || null),
  dueDate: dateText,
  notes: optionalText(2000),
});

export const commentSchema = z.object({
  indicatorId: id("Indikator tidak dikenal."),
  body: requiredText(2000, "Tulis komentarnya."),
});

export const evidenceLinkSchema = z.object({
  indicatorId: id("Indikator tidak dikenal."),
  title: requiredText(200, "Isi judul bukti."),
  url: webUrl.refine((v) => v != null, "Isi alamat bukti (http:// atau https://)."),
});

export const evidenceFileSchema = z.object({
  indicatorId: id("Indikator tidak dikenal."),
  fileId: id("Unggah berkasnya terlebih dahulu."),
  title: optionalText(200),
});

export const evidenceRemoveSchema = z.object({ id: id("Bukti tidak dikenal.") });

/** A recommendation of the last evaluation as a task; the same fields for a new one and a change. */
const taskFields = {
  recommendation: requiredText(2000, "Tulis rekomendasinya."),
  ownerId: z
    .string()
    .max(40)
    .nullish()
    .transform((v) => v || null),
  dueDate: dateText,
  status: z.enum(TASK_STATUSES, { error: "Pilih status: belum, proses atau selesai." }),
  indicatorIds: z.array(id("Indikator tidak dikenal."), { error: "Daftar indikator tidak dikenal." }).max(200, "Paling banyak 200 indikator.").default([]),
};

export const taskCreateSchema = z.object({ workspaceId: id("Ruang persiapan tidak dikenal."), ...taskFields });

export const taskUpdateSchema = z.object({ id: id("Tugas tidak dikenal."), version, ...taskFields });

export const taskDeleteSchema = z.object({ id: id("Tugas tidak dikenal."), version });

/** What an indicator is worth: a positive number of points, as the template's maxima. */
const maxScore = z
  .number({ error: "Nilai maksimum harus berupa angka." })
  .gt(0, "Nilai maksimum harus lebih dari 0.")
  .max(1000, "Nilai maksimum paling tinggi 1000.")
  .refine((n) => Number.isInteger(n * 1000), "Paling banyak tiga angka di belakang koma.");

const indicatorFields = {
  title: requiredText(300, "Isi judul indikator."),
  guidance: optionalText(2000),
  maxScore,
};

/** An institution's own indicator, added to one aspect of its workspace. */
export const ownIndicatorCreateSchema = z.object({ workspaceId: id("Ruang persiapan tidak dikenal."), aspectCode: id("Pilih aspek."), ...indicatorFields });

export const indicatorRemoveSchema = z.object({ id: id("Indikator tidak dikenal."), version });

/** The national template, maintained by admins per scheme aspect. */
export const templateIndicatorCreateSchema = z.object({ aspectId: id("Pilih aspek."), ...indicatorFields });

export const templateIndicatorUpdateSchema = z.object({ id: id("Indikator templat tidak dikenal."), version, ...indicatorFields });

export const templateIndicatorDeleteSchema = z.object({ id: id("Indikator templat tidak dikenal."), version });
