"use client";
// Recharts is fetched after hydration; the placeholder holds the exact box meanwhile.
import dynamic from "next/dynamic";
import { ChartPlaceholder } from "./chart-placeholder";
import type { TrajectoryChartData } from "./trajectory-types";

const TrajectoryChart = dynamic(() => import("./trajectory-chart"), {
  ssr: false,
  loading: () => <ChartPlaceholder label="" />,
});

export function LazyTrajectoryChart(props: { data: TrajectoryChartData; title: string }) {
  return <TrajectoryChart {...props} />;
}
