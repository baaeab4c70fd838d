// The geometry of a trajectory chart, shared by its server drawing and its Recharts chart
// so that the two look the same when one replaces the other: box, plot margins, ticks,
// fonts, year slots, marker sizes and the nudge that keeps coinciding markers apart.
// Pure: no React, no Recharts.

/** Height of every chart's box, in px; the width is the page's. */
export const CHART_HEIGHT = 320;

/** Margins around the plot, in px: room for the tick labels and a marker on the top edge. */
export const PLOT = { top: 12, right: 16, bottom: 28, left: 44 } as const;

/** Distance between the plot's edge and a tick label, in px. */
export const TICK_GAP = 6;

export const FONT_SIZE = 11;
export const TEXT_FILL = "#334155";
export const AXIS_STROKE = "#94a3b8";
export const INK = "#0f172a";
export const GAP_STROKE = "#64748b";
export const BAND_OPACITY = 0.18;
/** Band names and gap labels sit this far inside the top-left corner of their zone, in px. */
export const LABEL_INSET = { x: 4, y: 12 };

/**
 * A gap's label runs up along its dashed rule, ending this far below the plot's top: side by
 * side gap years and narrow phones leave no room to write it across.
 */
export const GAP_LABEL = { end: 4, beside: -4, transform: "rotate(-90)" } as const;

/** Marker radius (px) of a point on a line, and of a point with no neighbour to join. */
export const MARKER_RADIUS = { joined: 4, lone: 6 };

/** A tick: the value it marks and its label in the page's language. */
export type ValueTick = { value: number; label: string };

/** The value ticks: the scale's ends and each band's lower limit. */
export function valueTicks(bands: { from: number }[], domain: [number, number], format: (v: number) => string): ValueTick[] {
  const [lo, hi] = domain;
  return [...new Set([lo, ...bands.map((b) => b.from), hi])]
    .filter((v) => v >= lo && v <= hi)
    .sort((a, b) => a - b)
    .map((value) => ({ value, label: format(value) }));
}

/** Every year from the first to the last: each is one equal slot on the x axis, gaps included. */
export function yearRange(years: number[]): number[] {
  if (!years.length) return [];
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => first + i);
}

/** Where the centre of the `index`-th of `count` slots sits, in percent of the plot's width (a band axis does the same). */
export const slotCentre = (count: number, index: number) => ((index + 0.5) / count) * 100;

/** Where a value sits, in percent of the plot's height from the top. */
export function valueOffset(domain: [number, number], v: number): number {
  const [lo, hi] = domain;
  return (1 - (Math.min(Math.max(v, lo), hi) - lo) / (hi - lo)) * 100;
}

/** Values closer than this share of the scale would draw their markers over each other. */
const NEAR = 0.04;
/** Horizontal distance between nudged markers, in px. */
const NUDGE_STEP = 10;

/**
 * Sideways offsets (px) for the markers of one year, given each marker's value (null: no
 * marker): markers whose values are near each other are spread around the year's centre,
 * in the order they are given, so each stays visible.
 */
export function nudges(values: (number | null)[], domain: [number, number]): number[] {
  const near = (domain[1] - domain[0]) * NEAR;
  const order = values.flatMap((v, i) => (v == null ? [] : [{ v, i }])).sort((a, b) => a.v - b.v || a.i - b.i);
  const out = values.map(() => 0);
  let group: { v: number; i: number }[] = [];
  const flush = () => {
    const members = [...group].sort((a, b) => a.i - b.i);
    members.forEach((m, k) => (out[m.i] = (k - (members.length - 1) / 2) * NUDGE_STEP));
    group = [];
  };
  for (const m of order) {
    if (group.length && m.v - group[group.length - 1].v > near) flush();
    group.push(m);
  }
  flush();
  return out;
}

type Placeable = { points: { score: number | null; categoryOnly: number | null; lone: boolean; dx: number }[] };

/**
 * Marks each series' points as lone (a score with no scored neighbour, so no line reaches
 * it) and nudges markers of different series that would cover each other. The points of
 * every series are the same slots, in the same order.
 */
export function placeMarkers<S extends Placeable>(series: S[], domain: [number, number]): S[] {
  const years = series[0]?.points.length ?? 0;
  const out = series.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p })) }));
  for (const s of out) {
    s.points.forEach((p, i) => {
      p.lone = p.score != null && s.points[i - 1]?.score == null && s.points[i + 1]?.score == null;
    });
  }
  for (let y = 0; y < years; y++) {
    const dx = nudges(
      out.map((s) => s.points[y].score ?? s.points[y].categoryOnly),
      domain,
    );
    out.forEach((s, i) => (s.points[y].dx = dx[i]));
  }
  return out;
}
