// Passwords the app makes up itself: an admin's reset (shown once, changed at the next
// sign-in) and user:create without --password. Four groups of five characters from an
// alphabet without look-alikes (no 0/O, 1/l/I), about 99 bits, easy to read out and type.
import { randomInt } from "node:crypto";
import { passwordProblem, type PasswordOwner } from "@/lib/validation/password-strength";

const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

function draw(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
  return groups.join("-");
}

/** A random password that passes the same rule as a chosen one (a draw that spells a word is drawn again). */
export function generatePassword(owner: PasswordOwner): string {
  for (;;) {
    const password = draw();
    if (passwordProblem(password, owner) == null) return password;
  }
}
