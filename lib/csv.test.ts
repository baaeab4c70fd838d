import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes what needs quoting and starts with a BOM", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x,y", 'he said "hi"'],
          [1.5, null],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x,y","he said ""hi"""\r\n1.5,\r\n');
  });

  it("neutralises cells that a spreadsheet would run as formulas", () => {
    const csv = toCsv(["v"], [['=HYPERLINK("x")'], ["+1"], ["-2"], ["@SUM(A1)"], ["\u22123"], [-2]]);
    expect(csv.split("\r\n").slice(1, 7)).toEqual(['"\'=HYPERLINK(""x"")"', "'+1", "'-2", "'@SUM(A1)", "'\u22123", "-2"]);
  });
});
