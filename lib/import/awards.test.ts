// The real public results file must import as is, against its own names and the seeded registry.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MERIT_2019, MERIT_2026 } from "@/lib/merit";
import { classifyRows } from "./classify";
import type { RegistryInstitution } from "./match";
import { parseFile } from "./parse";
import { centralInstitutions, regionalInstitutions } from "../../prisma/seed/registry";
import { institution } from "./testing";
import { parseInstitutionType } from "./values";

const FILE = path.resolve(import.meta.dirname, "../../prisma/data/awards-public.csv");
const read = async () => parseFile(new Uint8Array(readFileSync(FILE)), "awards-public.csv");

describe("prisma/data/awards-public.csv", () => {
  it("imports as is: every row parses and classifies as new, with no problem", async () => {
    const parsed = await read();
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.fileWarnings).toEqual([]);
    const registry = new Map<string, RegistryInstitution>();
    for (const row of parsed.rows) {
      const name = String(row.record.institution_name);
      const type = parseInstitutionType(row.record.institution_type);
      if (!type.ok || !type.value) throw new Error(`row ${row.rowNumber}: no type`);
      registry.set(name, institution(name, type.value, String(row.record.province)));
    }
    const preview = classifyRows(parsed, { institutions: [...registry.values()], schemes: [MERIT_2019, MERIT_2026], rounds: [], existing: [] });
    expect(preview.rows.flatMap((r) => r.problems.map((p) => `${r.rowNumber}: ${p.message}`))).toEqual([]);
    expect(preview.summary).toEqual({ total: parsed.rows.length, new: parsed.rows.length, update: 0, unchanged: 0, warning: 0, error: 0 });
    expect(parsed.rows.length).toBeGreaterThan(50);
    expect(preview.rows.every((r) => r.record?.source?.url.startsWith("https://"))).toBe(true);
  });

  it("matches every row to one institution of the seeded registry, without warnings", async () => {
    const { provinces, institutions } = regionalInstitutions();
    const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
    const registry: RegistryInstitution[] = [...institutions, ...centralInstitutions()].map((i) => ({
      id: i.slug,
      slug: i.slug,
      name: i.name,
      type: i.type,
      provinceName: i.provinceCode ? (provinceName.get(i.provinceCode) ?? null) : null,
      aliases: i.aliases,
    }));
    const preview = classifyRows(await read(), { institutions: registry, schemes: [MERIT_2019, MERIT_2026], rounds: [], existing: [] });
    expect(preview.rows.flatMap((r) => r.problems.map((p) => `${r.rowNumber}: ${p.message}`))).toEqual([]);
    expect(preview.rows.find((r) => r.rowNumber === 8)?.institutionId).toBe("kota-palangka-raya");
  });
});
