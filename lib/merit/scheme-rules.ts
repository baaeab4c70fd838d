// Whether a scheme definition is usable, in the words an admin sees beside the field at
// fault (Indonesian, "0,41" style numbers): a scale its step divides, bands that cover it
// without gaps or overlaps, sensible aspect maxima and components, and a period that no
// other active scheme claims. The database repeats the rules it can (its checks and triggers).
import { onStep } from "./steps";
import type { SchemeDef } from "./types";

/** `field` is the form's key: "scaleStep", "categories.2.lowerBound", "components.0.weightPercent". */
export type SchemeProblem = { field: string; message: string };

/** What the overlap rule needs of another scheme. */
export type SchemePeriod = { code: string; name: string; validFromYear: number; validToYear: number | null };

const num = (n: number) => new Intl.NumberFormat("id-ID", { maximumFractionDigits: 3, useGrouping: false }).format(n);
const period = (s: { validFromYear: number; validToYear: number | null }) => `${s.validFromYear}–${s.validToYear ?? "seterusnya"}`;

/** Problems that make a definition unusable; empty when it is coherent. Categories are taken in rank order. */
export function schemeProblems(scheme: SchemeDef): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const { min, max, step } = scheme.scale;

  if (scheme.validToYear != null && scheme.validToYear < scheme.validFromYear) {
    add("validToYear", `Tahun akhir berlaku (${scheme.validToYear}) sebelum tahun mulai (${scheme.validFromYear}).`);
  }
  const scaleOk = min < max && step > 0;
  if (!(min < max)) add("scaleMax", `Nilai maksimum skala harus di atas minimum ${num(min)}.`);
  if (!(step > 0)) add("scaleStep", "Kelipatan nilai harus lebih dari 0.");
  else if (min < max && !onStep(max, min, step)) {
    add("scaleStep", `Kelipatan ${num(step)} tidak membagi skala ${num(min)}–${num(max)} habis.`);
  }

  const categories = [...scheme.categories].sort((a, b) => a.rank - b.rank);
  if (!categories.length) add("categories", "Skema memerlukan paling sedikit satu kategori.");
  duplicates(categories.map((c) => c.code)).forEach((i) => add(`categories.${i}.code`, `Kode kategori "${categories[i].code}" dipakai dua kali.`));
  duplicates(categories.map((c) => c.rank)).forEach((i) => add(`categories.${i}.rank`, `Urutan kategori ${categories[i].rank} dipakai dua kali.`));
  categories.forEach((c, i) => {
    const field = `categories.${i}.lowerBound`;
    if (i === 0 && c.lowerBound !== min) {
      add(field, `Kategori terendah (${c.name}) harus mulai dari minimum skala ${num(min)}; kalau tidak, nilai di bawah ${num(c.lowerBound)} tidak berkategori.`);
    }
    if (i > 0 && c.lowerBound <= categories[i - 1].lowerBound) {
      add(field, `Batas bawah ${c.name} (${num(c.lowerBound)}) harus di atas batas bawah ${categories[i - 1].name} (${num(categories[i - 1].lowerBound)}).`);
    } else if (i > 0 && c.lowerBound > max) {
      add(field, `Batas bawah ${c.name} (${num(c.lowerBound)}) melebihi maksimum skala ${num(max)}.`);
    }
    if (scaleOk && !onStep(c.lowerBound, min, step)) add(field, `Batas bawah ${c.name} (${num(c.lowerBound)}) tidak sesuai kelipatan ${num(step)}.`);
    if (!(Number.isInteger(c.reevaluateAfterYears) && c.reevaluateAfterYears >= 1 && c.reevaluateAfterYears <= 10)) {
      add(`categories.${i}.reevaluateAfterYears`, `Siklus evaluasi ulang ${c.name} harus 1 sampai 10 tahun.`);
    }
  });

  const aspects = [...scheme.aspects].sort((a, b) => a.position - b.position);
  duplicates(aspects.map((a) => a.code)).forEach((i) => add(`aspects.${i}.code`, `Kode aspek "${aspects[i].code}" dipakai dua kali.`));
  aspects.forEach((a, i) => {
    if (a.maxScore == null) return;
    if (!(a.maxScore > 0)) add(`aspects.${i}.maxScore`, `Nilai maksimum aspek ${a.name} harus lebih dari 0.`);
    else if (a.maxScore > max) add(`aspects.${i}.maxScore`, `Nilai maksimum aspek ${a.name} (${num(a.maxScore)}) melebihi maksimum skala ${num(max)}.`);
  });
  const known = aspects.map((a) => a.maxScore).filter((m): m is number => m != null && m > 0);
  const total = known.reduce((sum, m) => sum + m, 0);
  if (known.length > 1 && total > max + 1e-9) {
    add("aspects", `Jumlah nilai maksimum aspek (${num(total)}) melebihi maksimum skala ${num(max)}.`);
  }

  const components = [...(scheme.components ?? [])].sort((a, b) => a.position - b.position);
  duplicates(components.map((c) => c.code)).forEach((i) => add(`components.${i}.code`, `Kode komponen "${components[i].code}" dipakai dua kali.`));
  components.forEach((c, i) => {
    const field = `components.${i}.weightPercent`;
    if (c.subtracted && c.weightPercent != null) add(field, `Komponen ${c.name} dikurangkan, jadi tidak berbobot; kosongkan bobotnya.`);
    if (!c.subtracted && !(c.weightPercent != null && c.weightPercent > 0 && c.weightPercent <= 100)) {
      add(field, `Bobot komponen ${c.name} harus lebih dari 0 dan paling banyak 100 %.`);
    }
  });
  const weighted = components.filter((c) => !c.subtracted && c.weightPercent != null);
  const weights = weighted.reduce((sum, c) => sum + c.weightPercent!, 0);
  if (weighted.length && Math.abs(weights - 100) > 1e-9) add("components", `Bobot komponen berjumlah ${num(weights)} %, seharusnya 100 %.`);

  return problems;
}

/** The active scheme whose period shares a year with this one (itself excluded by code), or null. */
export function overlappingScheme(scheme: SchemePeriod, active: SchemePeriod[]): SchemePeriod | null {
  const end = (s: SchemePeriod) => s.validToYear ?? Infinity;
  return active.find((o) => o.code !== scheme.code && o.validFromYear <= end(scheme) && scheme.validFromYear <= end(o)) ?? null;
}

/** The overlap as a problem on the period fields, or null. */
export function periodProblem(scheme: SchemePeriod, active: SchemePeriod[]): SchemeProblem | null {
  const clash = overlappingScheme(scheme, active);
  if (!clash) return null;
  return {
    field: "validFromYear",
    message: `Masa berlaku ${period(scheme)} bertumpang tindih dengan skema aktif ${clash.name} (${period(clash)}).`,
  };
}

/** Indexes of values seen before in the list. */
function duplicates<T>(values: T[]): number[] {
  return values.flatMap((v, i) => (values.indexOf(v) !== i ? [i] : []));
}
