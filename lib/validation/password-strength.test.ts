import { describe, expect, it } from "vitest";
import { generatePassword } from "@/lib/accounts/generated-password";
import { passwordProblem } from "./password-strength";

const owner = { email: "sri.rahayu@batangkab.go.id", name: "Sri Rahayu" };

describe("the password rule", () => {
  it("accepts a long random passphrase", () => {
    expect(passwordProblem("kopi-hujan-sepeda-lampu", owner)).toBeNull();
    expect(passwordProblem("Kx9#mPq2vL8!zT", owner)).toBeNull();
  });

  it("refuses fewer than 12 characters and more than 128", () => {
    expect(passwordProblem("Kx9#mPq2vL8", owner)).toBe("Kata sandi paling sedikit 12 karakter.");
    expect(passwordProblem("a".repeat(129), owner)).toBe("Kata sandi paling banyak 128 karakter.");
  });

  it("refuses passwords from the leaked and common lists, also disguised", () => {
    for (const leaked of ["password1234", "qwertyuiop123", "Password123!", "iloveyou2024", "1q2w3e4r5t6y", "P@ssw0rd1234"]) {
      expect(passwordProblem(leaked, owner), leaked).toMatch(/umum atau yang pernah bocor|terlalu mudah ditebak/);
    }
    expect(passwordProblem("1q2w3e4r5t6y", owner)).toBe("Kata sandi ini ada dalam daftar kata sandi umum atau yang pernah bocor. Pilih yang lain.");
  });

  it("refuses guessable patterns that are in no list", () => {
    expect(passwordProblem("aaaaaaaaaaaaaaaa", owner)).toMatch(/terlalu mudah ditebak/);
    expect(passwordProblem("passwordpassword", owner)).toMatch(/terlalu mudah ditebak/);
    expect(passwordProblem("abcdefghijklmnop", owner)).toMatch(/terlalu mudah ditebak/);
  });

  it("refuses a password that holds the account's email or name", () => {
    expect(passwordProblem("Sri.Rahayu-2024!x", owner)).toBe("Kata sandi tidak boleh memuat nama atau email akun.");
    expect(passwordProblem("xx-srirahayu-batang-99", owner)).toBe("Kata sandi tidak boleh memuat nama atau email akun.");
  });

  it("generates passwords that pass the rule", () => {
    for (let i = 0; i < 5; i++) {
      const password = generatePassword(owner);
      expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
      expect(passwordProblem(password, owner)).toBeNull();
    }
  });
});
