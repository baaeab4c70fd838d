// What every staff action answers: a typed success, or an error the form can show.
import type { FieldErrors } from "@/lib/validation/fields";

export type ActionResult<T = null> = { ok: true; data: T; message: string } | { ok: false; error: string; fieldErrors?: FieldErrors; conflict?: Record<string, unknown> };

/** A save that started from an older version than the one stored. */
export class ConflictError extends Error {
  constructor(public readonly current: Record<string, unknown> | null) {
    super(
      current
        ? "Data ini telah diubah orang lain sejak Anda membukanya. Perubahan Anda belum disimpan; periksa nilai terbaru di bawah, lalu simpan lagi."
        : "Data ini telah dihapus orang lain sejak Anda membukanya.",
    );
  }
}

/** Bad input that only the server can see (e.g. a duplicate); changes nothing. */
export class InputError extends Error {
  constructor(
    message: string,
    public readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}
