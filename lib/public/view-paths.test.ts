import { describe, expect, it } from "vitest";
import { decodeViewKey, encodeViewKey, publicPathOf } from "./view-key";
import { compareSlugsOf, indexFiltersOf, internalViewPath } from "./view-paths";

const path = (pathname: string, query = "") => internalViewPath(pathname, new URLSearchParams(query));
const key = (internal: string | null) => internal!.split("/").at(-1)!;

describe("index and compare views in the path", () => {
  it("maps each public page to its internal view in the right language", () => {
    expect(path("/instansi")).toBe("/id/instansi/daftar/semua");
    expect(path("/en/instansi")).toBe("/en/instansi/daftar/semua");
    expect(path("/bandingkan")).toBe("/id/bandingkan/semua");
    expect(path("/en/bandingkan", "i=kota-pekalongan")).toMatch(/^\/en\/bandingkan\/[A-Za-z0-9_-]+$/);
  });

  it("leaves every other path alone", () => {
    for (const p of ["/", "/instansi/kota-pekalongan", "/en/instansi/x", "/tahun/2023", "/bandingkan/x", "/api/v1/institutions", "/fr/instansi"]) {
      expect(path(p, "jenis=kota")).toBeNull();
    }
  });

  it("round-trips the filters, including any search text", () => {
    const q = "kota & kab/?#%20 ü";
    const internal = path("/instansi", new URLSearchParams({ q, jenis: "kota", provinsi: "33", tahun: "2023", kategori: "baik", urut: "score", hal: "2" }).toString());
    expect(key(internal)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(indexFiltersOf(key(internal))).toEqual({ q, type: "kota", province: "33", year: 2023, category: "baik", sort: "score", page: 2 });
  });

  it("gives equal filter states one key: order, defaults and unknown parameters do not matter", () => {
    const a = path("/instansi", "urut=score&jenis=kabupaten");
    expect(path("/instansi", "jenis=kabupaten&urut=score&hal=1&utm_source=x&_rsc=abc")).toBe(a);
    expect(path("/instansi", "jenis=desa&tahun=20x3")).toBe("/id/instansi/daftar/semua");
  });

  it("keeps the compare selection, cleaned and capped like the page", () => {
    const internal = path("/bandingkan", "i=Kota-Pekalongan,kabupaten-pekalongan,kota-pekalongan,<x>");
    expect(compareSlugsOf(key(internal))).toEqual(["kota-pekalongan", "kabupaten-pekalongan"]);
    expect(path("/bandingkan", "i=a&i=b")).toBe(path("/bandingkan", "i=a,b"));
  });

  it("reads a malformed or forged key as no filter", () => {
    expect(indexFiltersOf("not base64!")).toEqual(indexFiltersOf("semua"));
    expect(indexFiltersOf(Buffer.from("jenis=desa&provinsi=xx").toString("base64url"))).toEqual(indexFiltersOf("semua"));
    expect(compareSlugsOf("%%%")).toEqual([]);
  });
});

describe("the way back from a view's route segments to its public address", () => {
  it("maps internal views back to the address they serve, query included", () => {
    const index = path("/instansi", "jenis=kota&q=kota+%C3%BC%26");
    expect(publicPathOf(index!.split("/").slice(2))).toBe("/instansi?q=kota+%C3%BC%26&jenis=kota");
    expect(publicPathOf(path("/bandingkan", "i=a,b")!.split("/").slice(2))).toBe("/bandingkan?i=a,b");
    expect(publicPathOf(["instansi", "daftar", "semua"])).toBe("/instansi");
    expect(publicPathOf(["bandingkan", "semua"])).toBe("/bandingkan");
  });

  it("leaves ordinary pages as they are", () => {
    expect(publicPathOf(["instansi", "kota-pekalongan"])).toBe("/instansi/kota-pekalongan");
    expect(publicPathOf(["instansi", "daftar"])).toBe("/instansi/daftar"); // an institution may be called that
    expect(publicPathOf(["metodologi"])).toBe("/metodologi");
    expect(publicPathOf(["tahun", "2023"])).toBe("/tahun/2023");
    expect(publicPathOf([])).toBe("/");
  });

  it("encodes in the browser's way what the server decodes, and refuses what is not a key", () => {
    for (const q of ["", "q=%C3%BC", "a=1&b=2", "q=" + "x".repeat(300)]) expect(decodeViewKey(encodeViewKey(q))).toBe(q);
    expect(decodeViewKey("////")).toBe("");
    expect(decodeViewKey("_w")).toBe(""); // not UTF-8
  });
});
