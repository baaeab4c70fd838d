// The length bounds and the hint of the password rule: light enough for forms to import.
// The rule itself (lib/validation/password-strength.ts) needs the dictionaries.
import { z } from "zod";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const PASSWORD_HINT = `Paling sedikit ${PASSWORD_MIN} karakter; bukan kata sandi umum atau yang pernah bocor, dan tidak memuat nama atau email akun. Rangkaian beberapa kata acak mudah diingat dan sulit ditebak.`;

/** Length only: cheap, and the same bounds the full check starts with. */
export const passwordText = z
  .string({ error: "Isi kata sandi." })
  .min(PASSWORD_MIN, `Kata sandi paling sedikit ${PASSWORD_MIN} karakter.`)
  .max(PASSWORD_MAX, `Kata sandi paling banyak ${PASSWORD_MAX} karakter.`);
