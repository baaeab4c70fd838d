import { describe, expect, it } from "vitest";
import { centralAliases, normalizeName, placeName, regionalAliases, slugify } from "./names";

describe("normalizeName", () => {
  it("ignores case, punctuation, spacing and diacritics", () => {
    expect(normalizeName("Kota Palangka Raya")).toBe(normalizeName("KOTA PALANGKARAYA"));
    expect(normalizeName("Kab. Semarang")).toBe("kabsemarang");
    expect(normalizeName("Pemerintah  Kota\tPekalongan ")).toBe("pemerintahkotapekalongan");
    expect(normalizeName("Sûmatera")).toBe("sumatera");
  });

  it("keeps the government level apart", () => {
    expect(normalizeName("Kota Pekalongan")).not.toBe(normalizeName("Kabupaten Pekalongan"));
  });
});

describe("slugify", () => {
  it("writes URL slugs as the registry names them", () => {
    expect(slugify("Kota Pekalongan")).toBe("kota-pekalongan");
    expect(slugify("Provinsi Jawa Tengah")).toBe("provinsi-jawa-tengah");
    expect(slugify("Kementerian Koordinator Bidang Hukum, Hak Asasi Manusia")).toBe("kementerian-koordinator-bidang-hukum-hak-asasi-manusia");
  });
});

describe("aliases", () => {
  it("names a city as people write it, never by the bare place name", () => {
    const aliases = regionalAliases("Kota Pekalongan", "kota");
    expect(aliases).toEqual(["Kota Pekalongan", "Pemkot Pekalongan", "Pemko Pekalongan", "Pemerintah Kota Pekalongan"]);
    expect(aliases).not.toContain("Pekalongan");
  });

  it("names a regency with Kab., Pemkab and the long form", () => {
    expect(regionalAliases("Kabupaten Administrasi Kepulauan Seribu", "kabupaten")).toEqual([
      "Kabupaten Administrasi Kepulauan Seribu",
      "Kabupaten Kepulauan Seribu",
      "Kab. Kepulauan Seribu",
      "Pemkab Kepulauan Seribu",
      "Pemerintah Kabupaten Kepulauan Seribu",
    ]);
  });

  it("adds the usual province short forms", () => {
    const aliases = regionalAliases("Provinsi Jawa Tengah", "provinsi", "33");
    expect(aliases).toContain("Pemprov Jawa Tengah");
    expect(aliases).toContain("Pemprov Jateng");
    expect(aliases).toContain("Pemerintah Provinsi Jateng");
  });

  it("spells out Kemenko short names and drops '(lama)' markers", () => {
    const aliases = centralAliases("Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan", "Kemenko PMK", ["Kemenko Bidang PMK"]);
    expect(aliases).toContain("Kementerian Koordinator PMK");
    expect(aliases).toContain("Kemenko PMK");
    expect(centralAliases("Badan Informasi Geospasial", "BIG", ["Bakosurtanal (lama)"])).toContain("Bakosurtanal");
  });

  it("strips the level from a place", () => {
    expect(placeName("Kota Administrasi Jakarta Pusat")).toBe("Jakarta Pusat");
    expect(placeName("Provinsi Bali")).toBe("Bali");
  });
});
