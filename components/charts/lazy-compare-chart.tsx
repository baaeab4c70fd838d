"use client";
import dynamic from "next/dynamic";
import { ChartPlaceholder } from "./chart-placeholder";
import type { CompareChartData } from "./compare-chart";

const CompareChart = dynamic(() => import("./compare-chart"), { ssr: false, loading: () => <ChartPlaceholder label="" /> });

export function LazyCompareChart(props: { data: CompareChartData; title: string }) {
  return <CompareChart {...props} />;
}
