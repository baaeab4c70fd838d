// The ordinal category palette (ColorBrewer RdBu, colour-blind safe), lowest → highest.
// The same colours on every chart, badge and legend; never shown without the category name.
// The middle of an odd scale is RdBu's near-white (#f7f7f7) darkened to a light grey: on a
// white page a white badge or band did not show as a colour at all ("Menengah", 2026).
const MIDDLE = "#d4d4d4";
const RDBU: Record<number, string[]> = {
  3: ["#ef8a62", MIDDLE, "#67a9cf"],
  4: ["#ca0020", "#f4a582", "#92c5de", "#0571b0"],
  5: ["#ca0020", "#f4a582", MIDDLE, "#92c5de", "#0571b0"],
};

/** Colour of category `rank` (1 = lowest) in a scheme with `levels` categories. */
export function categoryColor(rank: number, levels: number): string {
  const scale = RDBU[levels] ?? RDBU[4];
  return scale[Math.min(Math.max(rank, 1), scale.length) - 1];
}

/** Text colour that stays legible on the category colour. */
export function categoryTextColor(rank: number, levels: number): string {
  const dark = rank === 1 || rank === levels;
  return dark ? "#ffffff" : "#1f2937";
}

/** Chart tooltip rows in ink: a pale category or series colour on white fails contrast. */
export const TOOLTIP_ITEM = { color: "#1f2937" };
