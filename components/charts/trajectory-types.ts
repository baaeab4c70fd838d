// Plain, serialisable data for the trajectory chart, prepared on the server.
export type TrajectoryChartPoint = {
  year: number;
  score: number | null;
  /** Where a category-only year sits: the middle of its band. */
  categoryOnly: number | null;
  categoryName: string | null;
  status: "evaluated" | "not_evaluated" | "missing";
  /** What the tooltip says, already in the page's language. */
  description: string;
};

export type TrajectoryChartBand = { from: number; to: number; name: string; rank: number; levels: number };

export type TrajectoryChartData = {
  points: TrajectoryChartPoint[];
  bands: TrajectoryChartBand[];
  domain: [number, number];
  /** Years from which a different scheme applies. */
  schemeBreaks: number[];
  labels: { score: string; categoryOnly: string; notEvaluated: string; schemeBreak: string; year: string };
};
