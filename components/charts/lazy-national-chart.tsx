"use client";
import dynamic from "next/dynamic";
import { ChartPlaceholder } from "./chart-placeholder";
import type { NationalChartData } from "./national-chart";

const NationalChart = dynamic(() => import("./national-chart"), { ssr: false, loading: () => <ChartPlaceholder label="" /> });

export function LazyNationalChart(props: { data: NationalChartData; title: string }) {
  return <NationalChart {...props} />;
}
