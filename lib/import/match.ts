// Finds the registry institution a row names: exact on names and aliases, never across government
// levels (Kota ≠ Kabupaten), type and province breaking ties, trigram suggestions otherwise.
import { REGIONAL_TYPES, type InstitutionType, type RegionalType } from "@/lib/merit";
import { normalizeName } from "@/lib/registry/names";
import { trigramIndex } from "./fuzzy";
import { listed, quoted } from "./text";

export type RegistryInstitution = {
  id: string;
  slug: string;
  name: string;
  type: InstitutionType;
  provinceName: string | null;
  aliases: string[];
};

export type MatchQuery = { name: string; type: InstitutionType | null; province: string | null };

export type MatchResult =
  { kind: "matched"; institution: RegistryInstitution; warnings: string[] } | { kind: "ambiguous" | "wrong_type" | "unknown"; message: string; suggestions: RegistryInstitution[] };

const REGIONAL = new Set<InstitutionType>(REGIONAL_TYPES);
const LEVELS: [RegExp, RegionalType][] = [
  [/^(?:pemerintah\s+)?(?:kabupaten\s+|kab\.\s*|kab\s+)|^pemkab\.?\s+/i, "kabupaten"],
  [/^(?:pemerintah\s+)?(?:kota\s+(?:administrasi\s+)?|kotamadya\s+)|^(?:pemkot|pemko)\.?\s+/i, "kota"],
  [/^(?:pemerintah\s+)?(?:provinsi\s+|prov\.\s*|prov\s+)|^pemprov\.?\s+/i, "provinsi"],
];
const MIN_SIMILARITY = 0.4;
const SAME_TYPE_BONUS = 0.1;
const MAX_SUGGESTIONS = 3;

/** "Pemerintah Kab. Pekalongan" → kabupaten + "Pekalongan"; names without a level keep it null. */
export function splitLevel(name: string): { level: RegionalType | null; place: string } {
  const text = name.replace(/\s+/g, " ").trim();
  for (const [pattern, level] of LEVELS) {
    const found = pattern.exec(text);
    if (found) return { level, place: text.slice(found[0].length).trim() };
  }
  return { level: null, place: text };
}

const byName = (a: RegistryInstitution, b: RegistryInstitution) => a.name.localeCompare(b.name, "id");
const names = (list: RegistryInstitution[]) => listed(list.map((i) => i.name));

/** Suggestions never cross government levels; ministries and agencies may stand in for each other. */
const compatible = (want: InstitutionType | null, type: InstitutionType) => !want || want === type || (!REGIONAL.has(want) && !REGIONAL.has(type));

/** Build once per import: the index is made here and answers are cached per distinct name. */
export function createMatcher(institutions: RegistryInstitution[]): (query: MatchQuery) => MatchResult {
  const exact = new Map<string, RegistryInstitution[]>();
  const byPlace = new Map<string, RegistryInstitution[]>();
  const fuzzyKeys: { key: string; value: number }[] = [];
  const add = (map: Map<string, RegistryInstitution[]>, key: string, institution: RegistryInstitution) => {
    const list = map.get(key);
    if (!list) map.set(key, [institution]);
    else if (!list.includes(institution)) list.push(institution);
  };
  institutions.forEach((institution, i) => {
    for (const name of [institution.name, ...institution.aliases]) {
      const key = normalizeName(name);
      const split = splitLevel(name);
      const place = split.level === institution.type ? normalizeName(split.place) : "";
      if (key) add(exact, key, institution);
      if (place) add(byPlace, place, institution);
      // Fuzzy keys leave the level out, so that "Kota" alone never makes two cities look alike.
      const fuzzyKey = place || (split.level ? "" : key);
      if (fuzzyKey) fuzzyKeys.push({ key: fuzzyKey, value: i });
    }
  });
  const fuzzy = trigramIndex(fuzzyKeys);
  // Province names as the registry's provinces are also called: "DI Yogyakarta", "Jateng".
  const provinceNames = new Map<string, string>();
  for (const province of institutions.filter((i) => i.type === "provinsi")) {
    const canonical = normalizeName(splitLevel(province.name).place);
    for (const name of [province.name, ...province.aliases]) provinceNames.set(normalizeName(splitLevel(name).place), canonical);
  }
  const provinceKey = (province: string) => {
    const key = normalizeName(splitLevel(province).place);
    return provinceNames.get(key) ?? key;
  };

  function matched(institution: RegistryInstitution, query: MatchQuery, warnings: string[]): MatchResult {
    const given = query.province?.trim();
    if (given && institution.provinceName && provinceKey(given) !== provinceKey(institution.provinceName)) {
      warnings.push(`Provinsi ${quoted(given)} berbeda dengan provinsi ${institution.name} di registri (${institution.provinceName}).`);
    }
    return { kind: "matched", institution, warnings };
  }

  function pick(candidates: RegistryInstitution[], query: MatchQuery, note: string | null): MatchResult {
    const sorted = [...candidates].sort(byName);
    if (sorted.length === 1) return matched(sorted[0], query, note ? [note] : []);
    const province = query.province ? provinceKey(query.province) : "";
    const inProvince = province ? sorted.filter((i) => i.provinceName && provinceKey(i.provinceName) === province) : [];
    if (inProvince.length === 1) {
      const chosen = inProvince[0];
      return matched(chosen, query, [`Nama ${quoted(query.name)} cocok dengan ${names(sorted)}; dipilih ${chosen.name} berdasarkan provinsi.`]);
    }
    const message = `Nama ${quoted(query.name)} cocok dengan beberapa instansi: ${names(sorted)}. Isi kolom jenis instansi atau provinsi untuk memilih.`;
    return { kind: "ambiguous", message, suggestions: sorted };
  }

  function suggest(key: string, want: InstitutionType | null): RegistryInstitution[] {
    return [...fuzzy.similar(key)]
      .filter(([i, score]) => score >= MIN_SIMILARITY && compatible(want, institutions[i].type))
      .map(([i, score]) => ({ institution: institutions[i], score: score + (institutions[i].type === want ? SAME_TYPE_BONUS : 0) }))
      .sort((a, b) => b.score - a.score || byName(a.institution, b.institution))
      .slice(0, MAX_SUGGESTIONS)
      .map((s) => s.institution);
  }

  function resolve(query: MatchQuery): MatchResult {
    const shown = quoted(query.name);
    const { level, place } = splitLevel(query.name);
    if (level && query.type && level !== query.type) {
      return { kind: "wrong_type", message: `Nama ${shown} menunjukkan ${level}, tetapi jenis instansi diisi ${query.type}.`, suggestions: [] };
    }
    const want = query.type ?? level;
    const named = exact.get(normalizeName(query.name)) ?? [];
    const typed = named.filter((i) => !want || i.type === want);
    if (typed.length) return pick(typed, query, null);
    if (named.length) {
      const types = listed([...new Set(named.map((i) => i.type))]);
      return { kind: "wrong_type", message: `Instansi ${shown} tercatat sebagai ${types}, bukan ${want}.`, suggestions: [...named].sort(byName) };
    }
    const placed = (byPlace.get(normalizeName(place)) ?? []).filter((i) => !want || i.type === want);
    if (placed.length) {
      const note = want ? null : `Nama ${shown} tidak menyebut jenjang pemerintahan; dicocokkan dengan ${names(placed)}.`;
      return pick(placed, query, note);
    }
    const suggestions = suggest(normalizeName(place), want);
    const hint = suggestions.length ? ` Mungkin maksudnya: ${names(suggestions)}.` : "";
    return { kind: "unknown", message: `Instansi ${shown} tidak ditemukan di registri.${hint}`, suggestions };
  }

  const cache = new Map<string, MatchResult>();
  return (query) => {
    const key = `${query.name.trim()}|${query.type ?? ""}|${provinceKey(query.province ?? "")}`;
    let result = cache.get(key);
    if (!result) cache.set(key, (result = resolve(query)));
    return result;
  };
}
