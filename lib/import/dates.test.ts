// Date cells in every form an upload brings them.
import { describe, expect, it } from "vitest";
import { parseDate } from "./dates";

const read = (cell: string | number | Date) => {
  const parsed = parseDate(cell);
  return parsed.ok ? parsed.value : null;
};

describe("parseDate", () => {
  it("reads ISO dates, with or without a time", () => {
    expect(read("2023-12-07")).toBe("2023-12-07");
    expect(read("2023-12-07T00:00:00Z")).toBe("2023-12-07");
  });

  it("reads numeric dates day first", () => {
    expect(read("7/12/2023")).toBe("2023-12-07");
    expect(read("07-12-2023")).toBe("2023-12-07");
    expect(read("7.12.2023")).toBe("2023-12-07");
  });

  it("reads Indonesian month names, full and short, with an optional weekday", () => {
    expect(read("7 Desember 2023")).toBe("2023-12-07");
    expect(read("19 Des 2024")).toBe("2024-12-19");
    expect(read("28 Januari 2021")).toBe("2021-01-28");
    expect(read("8 Agustus 2022")).toBe("2022-08-08");
    expect(read("Kamis, 7 Desember 2023")).toBe("2023-12-07");
  });

  it("reads Excel serial numbers and Date cells", () => {
    expect(read(45267)).toBe("2023-12-07");
    expect(read("45267")).toBe("2023-12-07");
    expect(read(45267.75)).toBe("2023-12-07");
    expect(read(new Date(Date.UTC(2023, 11, 7)))).toBe("2023-12-07");
  });

  it("treats an empty cell as no date", () => {
    expect(parseDate("")).toEqual({ ok: true, value: null });
    expect(parseDate(undefined)).toEqual({ ok: true, value: null });
  });

  it("refuses impossible days, unknown words and years out of range, saying which forms work", () => {
    for (const cell of ["31/02/2023", "2023-13-01", "7 Dekember 2023", "12/07", "kemarin", "1999-12-31", 2023, new Date(NaN)]) {
      expect(parseDate(cell).ok, String(cell)).toBe(false);
    }
    expect(parseDate("kemarin")).toEqual({
      ok: false,
      reason: "Tanggal 'kemarin' tidak dikenali; gunakan 2023-12-07, 7/12/2023 atau 7 Desember 2023 (tahun 2000–2100).",
    });
  });
});
