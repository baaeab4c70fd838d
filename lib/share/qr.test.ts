import { describe, expect, it } from "vitest";
import { qrPath } from "./qr";

const dark = (d: string) => new Set([...d.matchAll(/M(\d+) (\d+)/g)].map((m) => `${m[1]},${m[2]}`));

describe("qrPath", () => {
  it("draws a version-sized code with its three finder patterns", () => {
    const { size, d } = qrPath("https://jejakmerit.example/instansi/kota-pekalongan");
    // Versions grow by 4 modules from 21 (version 1).
    expect((size - 17) % 4).toBe(0);
    expect(size).toBeGreaterThanOrEqual(21);
    const cells = dark(d);
    // Each finder is a 7×7 dark ring around a light ring around a 3×3 dark centre.
    for (const [r0, c0] of [[0, 0], [0, size - 7], [size - 7, 0]]) {
      expect(cells.has(`${c0},${r0}`)).toBe(true);
      expect(cells.has(`${c0 + 6},${r0 + 6}`)).toBe(true);
      expect(cells.has(`${c0 + 1},${r0 + 1}`)).toBe(false);
      expect(cells.has(`${c0 + 3},${r0 + 3}`)).toBe(true);
    }
  });

  it("changes with the address", () => {
    expect(qrPath("https://a.example/instansi/a").d).not.toBe(qrPath("https://a.example/instansi/b").d);
  });
});
