// Plain, serialisable data for a trajectory chart, prepared on the server: one series for
// an institution's page, several on the compare page. Both drawings read only this.
import type { ValueTick } from "./chart-layout";

export type MarkerShape = "circle" | "square" | "triangle" | "diamond" | "triangleDown" | "cross";

export type TrajectoryChartPoint = {
  year: number;
  /** Key of the point's slot on the x axis (TrajectoryChartData.slots). */
  slot: string;
  score: number | null;
  /** Where a category-only year sits: the middle of its band. */
  categoryOnly: number | null;
  categoryName: string | null;
  status: "evaluated" | "not_evaluated" | "missing";
  /** What the tooltip says, already in the page's language. */
  description: string;
  /** No scored neighbour to join: the marker is drawn larger. */
  lone: boolean;
  /** Sideways nudge in px, so markers of different series at the same place stay visible. */
  dx: number;
};

export type TrajectorySeries = {
  key: string;
  name: string;
  color: string;
  /** Dash pattern of the line (never of the markers). */
  dash: string;
  shape: MarkerShape;
  /** Shape of a category-only year, drawn hollow. */
  categoryShape: MarkerShape;
  /** One point per slot of the chart, in order. */
  points: TrajectoryChartPoint[];
};

export type TrajectoryChartBand = { from: number; to: number; name: string; rank: number; levels: number };

/** A year drawn as a labelled dashed rule: not evaluated, or no data. */
export type TrajectoryGap = { year: number; slot: string; label: string };

/**
 * One equal slot of the x axis: a year, or one round of a year that had several (an
 * institution's BPOM 2024: KASN in May, KemenPAN-RB and BKN in December).
 */
export type ChartSlot = { key: string; year: number; label: string };

export type TrajectoryChartData = {
  slots: ChartSlot[];
  series: TrajectorySeries[];
  bands: TrajectoryChartBand[];
  domain: [number, number];
  yTicks: ValueTick[];
  gaps: TrajectoryGap[];
  /** Slots from which a different scheme applies. */
  schemeBreaks: string[];
  labels: { schemeBreak: string };
};
