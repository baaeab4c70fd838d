// The national template of readiness indicators (prisma/data/readiness-template.json),
// seeded per scheme aspect. Idempotent: indicators already there are left as they are.
import { readFileSync } from "node:fs";
import type { Db } from "../../lib/db";
import { dataFile } from "./files";

/** Every template indicator is worth this many points: a working level scale (see the JSON's _about). */
export const TEMPLATE_LEVELS = 4;

type TemplateFile = Record<string, Record<string, [code: string, title: string, guidance: string][]> | string>;

export function readTemplate(): TemplateFile {
  return JSON.parse(readFileSync(dataFile("readiness-template.json"), "utf8")) as TemplateFile;
}

export async function seedReadinessTemplate(db: Db): Promise<number> {
  const template = readTemplate();
  const aspects = await db.schemeAspect.findMany({ include: { scheme: { select: { code: true } } } });
  const rows = aspects.flatMap((aspect) => {
    const perScheme = template[aspect.scheme.code];
    const indicators = typeof perScheme === "object" ? (perScheme[aspect.code] ?? []) : [];
    return indicators.map(([code, title, guidance], i) => ({ aspectId: aspect.id, code, title, guidance, maxScore: TEMPLATE_LEVELS, position: i + 1 }));
  });
  const { count } = await db.readinessTemplateIndicator.createMany({ data: rows, skipDuplicates: true });
  return count;
}
