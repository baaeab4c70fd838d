import { describe, expect, it } from "vitest";
import { chooseRound, compareRounds, defaultEvaluator, roundCode, type RoundDef } from "./rounds";

const round = (year: number, evaluator: RoundDef["evaluator"], announcedOn: string | null): RoundDef => ({
  code: roundCode(year, evaluator, announcedOn),
  year,
  schemeCode: "merit-2019",
  evaluator,
  announcedOn,
  name: `${evaluator} ${year}`,
  nameEn: `${evaluator} ${year}`,
});
const kasn2024 = round(2024, "kasn", "2024-05-29");
const bkn2024 = round(2024, "kemenpanrb_bkn", "2024-12-19");
const kasn2023 = round(2023, "kasn", "2023-12-07");
const rounds = [kasn2023, kasn2024, bkn2024];
const query = (over: Partial<Parameters<typeof chooseRound>[1]> = {}) => ({ year: 2024, evaluator: null, announcedOn: null, code: null, ...over });

describe("rounds", () => {
  it("are coded by year, evaluator and day, and ordered by year then day", () => {
    expect(kasn2024.code).toBe("2024-kasn-2024-05-29");
    expect(round(2022, "bkd_provinsi", null).code).toBe("2022-bkd-provinsi");
    expect([bkn2024, kasn2024, round(2024, "kasn", null), kasn2023].sort(compareRounds).map((r) => r.code)).toEqual([
      "2023-kasn-2023-12-07",
      "2024-kasn",
      "2024-kasn-2024-05-29",
      "2024-kemenpanrb-bkn-2024-12-19",
    ]);
    expect([defaultEvaluator(2023), defaultEvaluator(2024)]).toEqual(["kasn", "kemenpanrb_bkn"]);
  });

  it("tell the two 2024 rounds apart by evaluator, by day, or by code", () => {
    expect(chooseRound(rounds, query({ evaluator: "kasn" }))).toEqual({ kind: "existing", round: kasn2024 });
    expect(chooseRound(rounds, query({ announcedOn: "2024-12-19" }))).toEqual({ kind: "existing", round: bkn2024 });
    expect(chooseRound(rounds, query({ code: kasn2024.code }))).toEqual({ kind: "existing", round: kasn2024 });
    // Nothing said: the year's national round.
    expect(chooseRound(rounds, query())).toEqual({ kind: "existing", round: bkn2024 });
  });

  it("open a new round for an evaluator and day no round has, and for a year without rounds", () => {
    expect(chooseRound(rounds, query({ evaluator: "kasn", announcedOn: "2024-06-20" }))).toEqual({
      kind: "new",
      year: 2024,
      evaluator: "kasn",
      announcedOn: "2024-06-20",
      code: "2024-kasn-2024-06-20",
    });
    expect(chooseRound(rounds, query({ year: 2026 }))).toMatchObject({ kind: "new", evaluator: "kemenpanrb_bkn", code: "2026-kemenpanrb-bkn" });
    // A day alone that no round has is the result's own day: the year's round still decides.
    expect(chooseRound(rounds, query({ year: 2023, announcedOn: "2023-12-08" }))).toEqual({ kind: "existing", round: kasn2023 });
  });

  it("refuse, with the reason, a round of another year, another evaluator, or a choice left open", () => {
    expect(chooseRound(rounds, query({ code: "2099-kasn" }))).toEqual({ kind: "error", message: 'Putaran "2099-kasn" tidak dikenal.' });
    expect(chooseRound(rounds, query({ code: kasn2023.code }))).toMatchObject({ kind: "error", message: expect.stringContaining("tahun 2023, bukan 2024") });
    expect(chooseRound(rounds, query({ code: kasn2024.code, evaluator: "kemenpanrb_bkn" }))).toMatchObject({ kind: "error" });
    const twoKasn = [kasn2024, round(2024, "kasn", "2024-06-20")];
    expect(chooseRound(twoKasn, query({ evaluator: "kasn" }), (r) => r.announcedOn!)).toEqual({
      kind: "error",
      message: "Tahun 2024 punya 2 putaran (2024-05-29; 2024-06-20); isi penilai dan tanggal pengumuman, atau kolom putaran.",
    });
  });
});
