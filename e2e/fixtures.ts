// Shared helpers for the journeys: the demo data as the seed reads it, and an axe check.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";

export type DemoRow = { institution_name: string; institution_type: string; province: string; year: string; category: string; score: string };

export function demoRows(): DemoRow[] {
  const text = readFileSync(path.join(import.meta.dirname, "..", "prisma", "data", "awards-public.csv"), "utf8");
  return Papa.parse<DemoRow>(text, { header: true, skipEmptyLines: true }).data;
}

/** Zero serious or critical accessibility violations on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
