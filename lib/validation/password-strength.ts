// The password rule for every password a person chooses (new account, own change,
// user:create): 12+ characters, not the account's own email or name, and not guessable
// by zxcvbn-ts with its common and English dictionaries, which include lists of leaked
// passwords, so a breached or common password is refused offline. Server side only: the
// dictionaries are megabytes, so forms show the action's answer rather than run this.
import { ZxcvbnFactory, type ZxcvbnResult } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import type { z } from "zod";
import { passwordText } from "./password";

/** zxcvbn's 0–4 scale: 3 is "safely unguessable: moderate protection from offline attack". */
const MIN_SCORE = 3;
const ANALYSED_LENGTH = 32;

let factory: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  // Built once per process: loading the dictionaries takes a few hundred milliseconds.
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
    // Matching time grows steeply with length and with l33t look-alikes (6.6 s for 128
    // random characters with the defaults: a cheap way to tie up a core). The first 32
    // characters and 8 substitutions decide: 0.2 s at most, leaked lists still caught.
    maxLength: ANALYSED_LENGTH,
    l33tMaxSubstitutions: 8,
  });
  return factory;
}

export type PasswordOwner = { email: string; name: string };

const fold = (s: string) => s.toLowerCase().replace(/[\s._\-+]+/g, "");

/** The first reason this password is refused for this account, in Indonesian; null when it is acceptable. */
export function passwordProblem(password: string, owner: PasswordOwner): string | null {
  const length = passwordText.safeParse(password);
  if (!length.success) return length.error.issues[0].message;
  const email = owner.email.trim().toLowerCase();
  const local = email.split("@")[0] ?? "";
  const folded = fold(password);
  const own = [email, local, owner.name].map(fold).filter((s) => s.length >= 3);
  if (own.some((s) => folded.includes(s))) return "Kata sandi tidak boleh memuat nama atau email akun.";

  const inputs = [email, local, ...local.split(/[._\-+]/), owner.name, ...owner.name.split(/\s+/)].filter((s) => s.length >= 3);
  const result = zxcvbn().check(password, inputs);
  if (isListedWhole(result)) return "Kata sandi ini ada dalam daftar kata sandi umum atau yang pernah bocor. Pilih yang lain.";
  if (result.score < MIN_SCORE) {
    return usesLeakedList(result)
      ? "Kata sandi terlalu mudah ditebak: memuat kata sandi umum atau yang pernah bocor. Tambahkan beberapa kata acak."
      : "Kata sandi terlalu mudah ditebak. Pakai rangkaian beberapa kata acak atau campuran yang lebih panjang.";
  }
  return null;
}

/** The whole password is one entry of a dictionary (also reversed or in l33t). */
function isListedWhole(result: ZxcvbnResult): boolean {
  return result.sequence.length === 1 && result.sequence[0].pattern === "dictionary";
}

function usesLeakedList(result: ZxcvbnResult): boolean {
  return result.sequence.some((m) => m.pattern === "dictionary" && "dictionaryName" in m && m.dictionaryName === "passwords-common");
}

/** Adds the rule's refusal to a schema's issues at `path`, for schemas that know the owner. */
export function checkPassword(ctx: z.RefinementCtx, path: string, password: string, owner: PasswordOwner) {
  const problem = passwordProblem(password, owner);
  if (problem) ctx.addIssue({ code: "custom", path: [path], message: problem });
}
