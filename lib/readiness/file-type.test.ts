import { describe, expect, it } from "vitest";
import { evidenceFileType } from "./file-type";

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("evidenceFileType", () => {
  it("recognises a PDF by its content, whatever the name says", () => {
    expect(evidenceFileType(bytes("%PDF-1.7\n"), "sk-bupati.pdf")).toBe("application/pdf");
    expect(evidenceFileType(bytes("%PDF-1.4\n"), "foto.png")).toBe("application/pdf");
  });

  it("refuses a file whose content is not an accepted type, even named .pdf", () => {
    expect(evidenceFileType(bytes("<html><script>"), "laporan.pdf")).toBeNull();
    expect(evidenceFileType(bytes("MZ", [0x90, 0, 3]), "laporan.pdf")).toBeNull();
  });

  it("recognises images", () => {
    expect(evidenceFileType(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a]), "x")).toBe("image/png");
    expect(evidenceFileType(bytes([0xff, 0xd8, 0xff, 0xe0]), "x")).toBe("image/jpeg");
    expect(evidenceFileType(bytes("RIFF", [1, 2, 3, 4], "WEBP"), "x")).toBe("image/webp");
  });

  it("takes the office type from the name only among matching containers", () => {
    const zip = bytes("PK", [3, 4, 20, 0]);
    expect(evidenceFileType(zip, "anjab.docx")).toMatch(/wordprocessingml/);
    expect(evidenceFileType(zip, "abk.XLSX")).toMatch(/spreadsheetml/);
    expect(evidenceFileType(zip, "arsip.zip")).toBeNull();
    const ole = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(evidenceFileType(ole, "lama.doc")).toBe("application/msword");
    expect(evidenceFileType(ole, "lama.docx")).toBeNull();
  });
});
