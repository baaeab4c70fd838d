import { describe, expect, it } from "vitest";
import { QR_CELL, qrCode } from "./qr";

describe("qrCode", () => {
  it("makes a version-sized code with its three finder patterns", () => {
    const { size, isDark } = qrCode("https://jejakmerit.example/instansi/kota-pekalongan");
    // Versions grow by 4 modules from 21 (version 1).
    expect((size - 17) % 4).toBe(0);
    expect(size).toBeGreaterThanOrEqual(21);
    // Each finder is a 7×7 dark ring around a light ring around a 3×3 dark centre.
    for (const [r0, c0] of [
      [0, 0],
      [0, size - 7],
      [size - 7, 0],
    ]) {
      expect(isDark(r0, c0)).toBe(true);
      expect(isDark(r0 + 6, c0 + 6)).toBe(true);
      expect(isDark(r0 + 1, c0 + 1)).toBe(false);
      expect(isDark(r0 + 3, c0 + 3)).toBe(true);
    }
  });

  it("is a small GIF with a quiet zone, different for each address", () => {
    const a = qrCode("https://a.example/instansi/a");
    expect(a.dataUrl).toMatch(/^data:image\/gif;base64,/);
    expect(a.pixels).toBe((a.size + 8) * QR_CELL);
    expect(a.dataUrl.length).toBeLessThan(3000);
    expect(qrCode("https://a.example/instansi/b").dataUrl).not.toBe(a.dataUrl);
  });
});
