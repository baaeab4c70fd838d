// The marks both drawings of a trajectory chart share, drawn around (x, y) in px: a point's
// marker, solid for a score and hollow for a category without one. Markers never take the
// line's dash pattern; each series has its own shape, so colour is never the only signal.
import type { ReactNode } from "react";
import { MARKER_RADIUS } from "./chart-layout";
import type { MarkerShape, TrajectoryChartPoint, TrajectorySeries } from "./trajectory-types";

type MarkerProps = {
  shape: MarkerShape;
  x: number;
  y: number;
  r: number;
  color: string;
  hollow?: boolean;
  /** Data attributes that tests and the tooltip read. */
  data?: Record<`data-${string}`, string>;
  className?: string;
  children?: ReactNode;
};

function outline(shape: MarkerShape, x: number, y: number, r: number): string | null {
  const p = (pts: [number, number][]) => `M${pts.map(([a, b]) => `${(x + a).toFixed(2)} ${(y + b).toFixed(2)}`).join("L")}Z`;
  const s = r * 0.9;
  const t = r * 1.2;
  switch (shape) {
    case "square":
      return p([
        [-s, -s],
        [s, -s],
        [s, s],
        [-s, s],
      ]);
    case "triangle":
      return p([
        [0, -t],
        [t, t * 0.75],
        [-t, t * 0.75],
      ]);
    case "triangleDown":
      return p([
        [0, t],
        [t, -t * 0.75],
        [-t, -t * 0.75],
      ]);
    case "diamond":
      return p([
        [0, -r * 1.5],
        [r * 1.5, 0],
        [0, r * 1.5],
        [-r * 1.5, 0],
      ]);
    case "cross": {
      const a = r * 0.4;
      return p([
        [-a, -r],
        [a, -r],
        [a, -a],
        [r, -a],
        [r, a],
        [a, a],
        [a, r],
        [-a, r],
        [-a, a],
        [-r, a],
        [-r, -a],
        [-a, -a],
      ]);
    }
    default:
      return null;
  }
}

export function Marker({ shape, x, y, r, color, hollow = false, data, className, children }: MarkerProps) {
  const paint = { fill: hollow ? "#ffffff" : color, stroke: hollow ? color : "#ffffff", strokeWidth: hollow ? 2 : 1 };
  const d = outline(shape, x, y, r);
  return d ? (
    <path d={d} className={className} {...paint} {...data}>
      {children}
    </path>
  ) : (
    <circle cx={x} cy={y} r={r} className={className} {...paint} {...data}>
      {children}
    </circle>
  );
}

/** What a marker's tooltip says: the year, and whose point it is when there are several. */
export const pointTitle = (s: TrajectorySeries, p: TrajectoryChartPoint, several: boolean) => (several ? `${s.name} ${p.year}: ${p.description}` : `${p.year}: ${p.description}`);

/** The marker of a point, and the value it sits at; null when the year has none. */
export function markOf(s: TrajectorySeries, p: TrajectoryChartPoint, several: boolean, bottom: number) {
  const data = (kind: string) => ({ "data-point": kind, "data-series": s.key, "data-year": String(p.year) });
  if (p.score != null) {
    const r = p.lone ? MARKER_RADIUS.lone : MARKER_RADIUS.joined;
    return { value: p.score, marker: { shape: s.shape, r, color: s.color, data: data("score") } };
  }
  if (p.categoryOnly != null) {
    return { value: p.categoryOnly, marker: { shape: s.categoryShape, r: MARKER_RADIUS.joined, color: s.color, hollow: true, data: data("category") } };
  }
  // With several series the dashed rule alone does not say whose year it was.
  if (several && p.status === "not_evaluated") {
    return { value: bottom, marker: { shape: s.shape, r: MARKER_RADIUS.joined, color: s.color, hollow: true, data: data("not-evaluated") } };
  }
  return null;
}
