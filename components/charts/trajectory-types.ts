// Plain, serialisable data for a trajectory chart, prepared on the server: one series for
// an institution's page, several on the compare page. Both drawings read only this.
import type { ValueTick } from "./chart-layout";

export type MarkerShape = "circle" | "square" | "triangle" | "diamond" | "triangleDown" | "cross";

export type TrajectoryChartPoint = {
  year: number;
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
  /** One point per year of the chart, in order. */
  points: TrajectoryChartPoint[];
};

export type TrajectoryChartBand = { from: number; to: number; name: string; rank: number; levels: number };

/** A year drawn as a labelled dashed rule: not evaluated, or no data. */
export type TrajectoryGap = { year: number; label: string };

export type TrajectoryChartData = {
  years: number[];
  series: TrajectorySeries[];
  bands: TrajectoryChartBand[];
  domain: [number, number];
  yTicks: ValueTick[];
  gaps: TrajectoryGap[];
  /** Years from which a different scheme applies. */
  schemeBreaks: number[];
  labels: { schemeBreak: string };
};
