// How institution names are written in the wild, and the keys we match them on.
// "Pemkot Pekalongan", "Kota Pekalongan" and "Pemerintah Kota Pekalongan" are one
// institution; "Kabupaten Pekalongan" is another, so the government level is never dropped.
import type { RegionalType } from "@/lib/merit";

/** Matching key: lower case, no diacritics, letters and digits only ("Palangka Raya" = "Palangkaraya"). */
export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

// Short forms of province names used in government names ("Pemprov Jateng").
export const PROVINCE_ABBREVIATIONS: Record<string, string[]> = {
  "11": ["Aceh"],
  "12": ["Sumut"],
  "13": ["Sumbar"],
  "16": ["Sumsel"],
  "19": ["Babel", "Bangka Belitung"],
  "21": ["Kepri"],
  "31": ["DKI Jakarta", "DKI"],
  "32": ["Jabar"],
  "33": ["Jateng"],
  "34": ["DIY", "DI Yogyakarta", "Yogyakarta"],
  "35": ["Jatim"],
  "52": ["NTB"],
  "53": ["NTT"],
  "61": ["Kalbar"],
  "62": ["Kalteng"],
  "63": ["Kalsel"],
  "64": ["Kaltim"],
  "65": ["Kaltara"],
  "71": ["Sulut"],
  "72": ["Sulteng"],
  "73": ["Sulsel"],
  "74": ["Sultra"],
  "76": ["Sulbar"],
  "82": ["Malut"],
  "92": ["Pabar"],
};

/** The province part of a regional name without its level: "Kota Administrasi Jakarta Pusat" → "Jakarta Pusat". */
export function placeName(name: string): string {
  return name.replace(/^(provinsi|kabupaten|kota)\s+(administrasi\s+)?/i, "").trim();
}

/** Names a regional government is commonly called by, including its official name. */
export function regionalAliases(name: string, type: RegionalType, provinceCode?: string): string[] {
  const place = placeName(name);
  const forms: string[] = [name];
  if (type === "kota") {
    forms.push(`Kota ${place}`, `Pemkot ${place}`, `Pemko ${place}`, `Pemerintah Kota ${place}`);
  } else if (type === "kabupaten") {
    forms.push(`Kabupaten ${place}`, `Kab. ${place}`, `Pemkab ${place}`, `Pemerintah Kabupaten ${place}`);
  } else {
    const places = [place, ...(provinceCode ? (PROVINCE_ABBREVIATIONS[provinceCode] ?? []) : [])];
    for (const p of places) {
      forms.push(`Provinsi ${p}`, `Pemprov ${p}`, `Pemerintah Provinsi ${p}`);
    }
  }
  return unique(forms);
}

/** Extra names for a central institution: its short name and "Kementerian Koordinator PMK" for "Kemenko PMK". */
export function centralAliases(name: string, shortName: string | null, listed: string[]): string[] {
  const forms = [name, ...listed];
  if (shortName) {
    forms.push(shortName);
    const kemenko = shortName.match(/^Kemenko\s+(.+)$/);
    if (kemenko) forms.push(`Kementerian Koordinator ${kemenko[1]}`, `Kementerian Koordinator Bidang ${kemenko[1]}`);
  }
  return unique(forms.map((f) => f.replace(/\s*\(lama\)\s*$/i, "").trim()).filter(Boolean));
}

function unique(forms: string[]): string[] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const key = normalizeName(f);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
