// Numbers and dates in the page's language: 264,5 and 7 Desember 2023 on Indonesian pages.
const tag = (locale: string) => (locale === "id" ? "id-ID" : "en-GB");

export function formatScore(value: number, locale: string): string {
  return new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 3 }).format(value);
}

/** A score with as many decimals as the scheme's step has, so a table of bands reads evenly. */
export function formatOnScale(value: number, step: number, locale: string): string {
  const digits = Math.min(Math.max(0, -Math.floor(Math.log10(step) + 1e-9)), 6);
  return new Intl.NumberFormat(tag(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function formatSigned(value: number, locale: string): string {
  const text = formatScore(Math.abs(value), locale);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

/** `iso` is a calendar date (YYYY-MM-DD); it is shown as that date wherever the reader is. */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(tag(locale), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
}

/** Category names are proper names of the scheme; English pages add the translation. */
export function categoryLabel(category: { name: string; nameEn: string }, locale: string): string {
  return locale === "id" ? category.name : `${category.name} (${category.nameEn})`;
}
