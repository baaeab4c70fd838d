// How values are quoted and numbers written inside Indonesian messages: plain text, never markup,
// with control characters blanked and long values shortened so one message stays one line.

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** `'Kota Pekalongan'`: the value as typed, shortened to `max` characters. */
export function quoted(value: string | number, max = 60): string {
  const text = String(value).replace(CONTROL, " ").trim();
  return `'${text.length > max ? `${text.slice(0, max - 1)}…` : text}'`;
}

/** 264,5 and 20.000, as Indonesian readers write numbers. */
export function formatNumber(n: number, fractionDigits = 3): string {
  return new Intl.NumberFormat("id-ID", { maximumFractionDigits: fractionDigits }).format(n);
}

export function formatMegabytes(bytes: number): string {
  return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
}

/** A list in words: "A, B, C". */
export const listed = (items: readonly string[]) => items.join(", ");
