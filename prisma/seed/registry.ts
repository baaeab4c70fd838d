// The institution registry: 38 provinces and 514 regencies/cities from idn-area-data
// (Kemendagri codes), plus ministries and agencies from prisma/data/central-institutions.csv.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Papa from "papaparse";
import type { Db } from "../../lib/db";
import type { InstitutionType, RegionalType } from "../../lib/merit";
import { centralAliases, normalizeName, regionalAliases, slugify } from "../../lib/registry/names";
import { dataFile } from "./files";

type Row = Record<string, string>;

export function readCsv(file: string): Row[] {
  const parsed = Papa.parse<Row>(readFileSync(file, "utf8"), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${file}: ${parsed.errors[0].message} (row ${parsed.errors[0].row})`);
  return parsed.data;
}

function areaFile(name: string) {
  const pkg = createRequire(import.meta.url).resolve("idn-area-data/package.json");
  return path.join(path.dirname(pkg), "data", name);
}

// Where common usage differs from the registry's spelling, the page shows the usual one.
const DISPLAY_NAMES: Record<string, string> = { "62.71": "Kota Palangka Raya" };

type InstitutionSeed = {
  slug: string;
  name: string;
  shortName: string | null;
  type: InstitutionType;
  status: "current" | "former";
  provinceCode: string | null;
  kemendagriCode: string | null;
  note: string | null;
  aliases: string[];
  successorNames: string[];
};

export function regionalInstitutions(): { provinces: { code: string; name: string; slug: string }[]; institutions: InstitutionSeed[] } {
  const provinces = readCsv(areaFile("provinces.csv")).map((p) => ({ code: p.code, name: p.name, slug: slugify(p.name) }));
  const institutions: InstitutionSeed[] = provinces.map((p) => ({
    slug: slugify(`Provinsi ${p.name}`),
    name: `Provinsi ${p.name}`,
    shortName: null,
    type: "provinsi",
    status: "current",
    provinceCode: p.code,
    kemendagriCode: p.code,
    note: null,
    aliases: regionalAliases(`Provinsi ${p.name}`, "provinsi", p.code),
    successorNames: [],
  }));
  for (const r of readCsv(areaFile("regencies.csv"))) {
    const type: RegionalType = r.name.startsWith("Kota ") ? "kota" : "kabupaten";
    const name = DISPLAY_NAMES[r.code] ?? r.name;
    const aliases = regionalAliases(name, type);
    if (name !== r.name) aliases.push(...regionalAliases(r.name, type));
    institutions.push({
      slug: slugify(name),
      name,
      shortName: null,
      type,
      status: "current",
      provinceCode: r.province_code,
      kemendagriCode: r.code,
      note: null,
      aliases,
      successorNames: [],
    });
  }
  return { provinces, institutions };
}

export function centralInstitutions(): InstitutionSeed[] {
  return readCsv(dataFile("central-institutions.csv")).map((r) => {
    const [status, uncertain] = r.status.split(/\s+/);
    const listed = r.aliases ? r.aliases.split(";").map((a) => a.trim()) : [];
    return {
      slug: slugify(r.name),
      name: r.name,
      shortName: r.short_name || null,
      type: r.type as "kementerian" | "lembaga",
      status: status === "former" ? "former" : "current",
      provinceCode: null,
      kemendagriCode: null,
      note: uncertain ? "Status belum pasti menurut sumber yang tersedia." : null,
      aliases: centralAliases(r.name, r.short_name || null, listed),
      successorNames: r.successor ? r.successor.split(";").map((s) => s.trim()) : [],
    };
  });
}

/** Inserts what is missing; existing rows (possibly edited by staff) are left as they are. */
export async function seedRegistry(db: Db) {
  const { provinces, institutions: regional } = regionalInstitutions();
  const central = centralInstitutions();
  const all = [...regional, ...central];
  await db.$transaction(
    async (tx) => {
      await tx.province.createMany({ data: provinces, skipDuplicates: true });
      await tx.institution.createMany({
        data: all.map(({ aliases: _a, successorNames: _s, ...inst }) => inst),
        skipDuplicates: true,
      });
      const ids = new Map((await tx.institution.findMany({ select: { id: true, slug: true } })).map((i) => [i.slug, i.id]));
      await tx.institutionAlias.createMany({
        data: all.flatMap((inst) => inst.aliases.map((alias) => ({ institutionId: ids.get(inst.slug)!, alias, normalized: normalizeName(alias) }))),
        skipDuplicates: true,
      });
      const bySlugOfName = new Map(all.map((i) => [normalizeName(i.name), i.slug]));
      for (const inst of all.filter((i) => i.successorNames.length)) {
        const successors = inst.successorNames.map((n) => {
          const slug = bySlugOfName.get(normalizeName(n));
          if (!slug) throw new Error(`Successor "${n}" of ${inst.name} is not in the registry`);
          return { id: ids.get(slug)! };
        });
        await tx.institution.update({ where: { slug: inst.slug }, data: { successors: { connect: successors } } });
      }
    },
    { timeout: 60_000 },
  );
  return { provinces: provinces.length, institutions: all.length };
}
