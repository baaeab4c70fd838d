// Test fixtures shared by the import tests: registry institutions, snapshots and file bytes.
import ExcelJS from "exceljs";
import { MERIT_2019, MERIT_2026 } from "@/lib/merit";
import type { InstitutionType } from "@/lib/public/dataset";
import { regionalAliases, slugify } from "@/lib/registry/names";
import type { ImportSnapshot } from "./classify";
import type { RegistryInstitution } from "./match";
import type { ExistingEvaluation } from "./record";

export function institution(name: string, type: InstitutionType, provinceName: string | null = null, aliases?: string[]): RegistryInstitution {
  const regional = type === "kementerian" || type === "lembaga" ? null : type;
  return { id: `id-${slugify(name)}`, slug: slugify(name), name, type, provinceName, aliases: aliases ?? (regional ? regionalAliases(name, regional) : []) };
}

export const REGISTRY: RegistryInstitution[] = [
  institution("Kota Pekalongan", "kota", "Jawa Tengah"),
  institution("Kabupaten Pekalongan", "kabupaten", "Jawa Tengah"),
  institution("Kota Palembang", "kota", "Sumatera Selatan"),
  institution("Kota Palangka Raya", "kota", "Kalimantan Tengah"),
  institution("Kabupaten Bima", "kabupaten", "Nusa Tenggara Barat"),
  institution("Kota Bima", "kota", "Nusa Tenggara Barat"),
  institution("Provinsi Jawa Tengah", "provinsi", "Jawa Tengah", regionalAliases("Provinsi Jawa Tengah", "provinsi", "33")),
  institution("Kementerian Agama", "kementerian", null, ["Kemenag"]),
  institution("Badan Informasi Geospasial", "lembaga", null, ["BIG"]),
  // Two regencies with one name in different provinces (as Kabupaten Bima is not; this one is made up).
  institution("Kabupaten Sukamaju", "kabupaten", "Jawa Barat"),
  { ...institution("Kabupaten Sukamaju", "kabupaten", "Sulawesi Tengah"), id: "id-kabupaten-sukamaju-sulteng", slug: "kabupaten-sukamaju-2" },
];

export const idOf = (name: string) => `id-${slugify(name)}`;

export function snapshot(existing: ExistingEvaluation[] = [], institutions = REGISTRY): ImportSnapshot {
  return { institutions, schemes: [MERIT_2019, MERIT_2026], existing };
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

export async function xlsxBytes(rows: ExcelJS.CellValue[][], extraSheet = false): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Hasil");
  for (const row of rows) sheet.addRow(row);
  if (extraSheet) workbook.addWorksheet("Catatan").addRow(["abaikan"]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
