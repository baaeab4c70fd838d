import { describe, expect, it } from "vitest";
import { acceptedNames, parseParams, type ParamKey } from "./params";

const LIST: ParamKey[] = ["q", "type", "province", "year", "category", "sort", "page", "perPage", "format"];
const parse = (query: string, keys = LIST) => parseParams(new URLSearchParams(query), keys);

describe("the API's query parameters", () => {
  it("reads the Indonesian names and their English aliases alike", () => {
    expect(parse("jenis=kota&provinsi=33&tahun=2023&kategori=baik&urut=score&hal=2&per=50")).toEqual({
      ok: true,
      values: { type: "kota", province: "33", year: 2023, category: "baik", sort: "score", page: 2, perPage: 50 },
    });
    expect(parse("type=kota&province=33&year=2023&category=baik&sort=score&page=2&per_page=50")).toEqual(
      parse("jenis=kota&provinsi=33&tahun=2023&kategori=baik&urut=score&hal=2&per=50"),
    );
  });

  it("refuses an unknown name, naming it and listing what the route accepts", () => {
    const r = parse("tipe=kota");
    expect(r).toEqual({
      ok: false,
      error: expect.objectContaining({ error: "unknown_parameter", parameter: "tipe", accepted: acceptedNames(LIST) }),
    });
    expect(!r.ok && r.error.message).toMatch(/"tipe".*jenis, type/);
  });

  it("refuses malformed values, naming the parameter", () => {
    for (const [query, parameter] of [
      ["jenis=desa", "jenis"],
      ["per=0", "per"],
      ["per_page=1001", "per_page"],
      ["hal=2.5", "hal"],
      ["tahun=dua", "tahun"],
      ["provinsi=3", "provinsi"],
      ["format=xml", "format"],
      [`q=${"a".repeat(101)}`, "q"],
    ]) {
      expect(parse(query), query).toEqual({ ok: false, error: expect.objectContaining({ error: "bad_parameter", parameter }) });
    }
  });

  it("refuses a parameter given twice, or under both its names", () => {
    expect(parse("jenis=kota&jenis=kabupaten")).toMatchObject({ ok: false, error: { parameter: "jenis" } });
    expect(parse("jenis=kota&type=kota")).toMatchObject({ ok: false, error: { error: "bad_parameter" } });
  });

  it("accepts only what the route lists", () => {
    expect(parse("jenis=kota", ["q"])).toMatchObject({ ok: false, error: { parameter: "jenis", accepted: ["q"] } });
    expect(parse("", ["q"])).toEqual({ ok: true, values: {} });
  });

  it("echoes no control characters of an unknown name", () => {
    const r = parse("a%0Ab=1");
    expect(!r.ok && r.error.message).not.toMatch(/\n/);
  });
});
