"use client";
// A trajectory as drawn on the server (`drawn`), upgraded to the Recharts chart on intent
// (or right after hydration when `eager`).
import { lazy, type ReactNode } from "react";
import { ChartOnIntent } from "./chart-on-intent";
import type { TrajectoryChartData } from "./trajectory-types";

const TrajectoryChart = lazy(() => import("./trajectory-chart"));

export function LazyTrajectoryChart({ data, title, drawn, testId, eager }: { data: TrajectoryChartData; title: string; drawn: ReactNode; testId?: string; eager?: boolean }) {
  return <ChartOnIntent drawn={drawn} eager={eager} interactive={() => <TrajectoryChart data={data} title={title} testId={testId} />} />;
}
