// The template imports cleanly and the help table covers every column.
import { describe, expect, it } from "vitest";
import { classifyRows } from "./classify";
import { CANONICAL_COLUMNS } from "./columns";
import { parseFile } from "./parse";
import { FORMAT_DOC, templateCsv } from "./template";
import { snapshot, utf8 } from "./testing";

describe("templateCsv", () => {
  it("has the canonical header and imports cleanly: a result and a not-evaluated year", async () => {
    const csv = templateCsv();
    expect(csv.startsWith(`\uFEFF${CANONICAL_COLUMNS.join(",")}\r\n`)).toBe(true);
    const parsed = await parseFile(utf8(csv), "template.csv");
    expect(parsed.fileWarnings).toEqual([]);
    const preview = classifyRows(parsed, snapshot());
    expect(preview.summary).toEqual({ total: 2, new: 2, update: 0, unchanged: 0, warning: 0, error: 0 });
    expect(preview.rows.map((r) => r.record)).toEqual([
      {
        status: "evaluated",
        score: 327,
        selfAssessedScore: null,
        categoryCode: "sangat-baik",
        announcedAt: "2023-12-07",
        evaluator: "kasn",
        source: {
          url: "https://www.pekalongan-news.com/2023/12/kinerja-luar-biasa-pemkot-pekalongan.html",
          title: "Kinerja luar biasa Pemkot Pekalongan",
          publisher: "pekalongan-news.com",
        },
      },
      { status: "not_evaluated", score: null, selfAssessedScore: null, categoryCode: null, announcedAt: null, evaluator: null, source: null },
    ]);
  });
});

describe("FORMAT_DOC", () => {
  it("describes every canonical column in order, with its aliases and an example", () => {
    expect(FORMAT_DOC.map((d) => d.column)).toEqual([...CANONICAL_COLUMNS]);
    expect(FORMAT_DOC.filter((d) => d.requirement === "wajib").map((d) => d.column)).toEqual(["institution_name", "year"]);
    expect(FORMAT_DOC.find((d) => d.column === "score")?.aliases).toEqual(["nilai", "skor", "nilai_verifikasi"]);
    expect(FORMAT_DOC.every((d) => d.description && d.example)).toBe(true);
  });
});
