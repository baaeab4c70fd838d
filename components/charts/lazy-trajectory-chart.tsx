"use client";
// The trajectory as drawn on the server (`drawn`), upgraded to the Recharts chart on intent.
import { lazy, type ReactNode } from "react";
import { ChartOnIntent } from "./chart-on-intent";
import type { TrajectoryChartData } from "./trajectory-types";

const TrajectoryChart = lazy(() => import("./trajectory-chart"));

export function LazyTrajectoryChart({ data, title, drawn }: { data: TrajectoryChartData; title: string; drawn: ReactNode }) {
  return <ChartOnIntent drawn={drawn} interactive={() => <TrajectoryChart data={data} title={title} />} />;
}
