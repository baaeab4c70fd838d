import { describe, expect, it } from "vitest";
import { otherLocalePath } from "./language-switch";

describe("otherLocalePath", () => {
  it("adds or removes the /en prefix", () => {
    expect(otherLocalePath("/instansi/kota-pekalongan", "en")).toBe("/en/instansi/kota-pekalongan");
    expect(otherLocalePath("/en/instansi/kota-pekalongan", "id")).toBe("/instansi/kota-pekalongan");
    expect(otherLocalePath("/", "en")).toBe("/en");
    expect(otherLocalePath("/en", "id")).toBe("/");
    expect(otherLocalePath("/id/tahun/2023", "en")).toBe("/en/tahun/2023");
  });
});
