"use client";
// The national chart as drawn on the server (`drawn`), upgraded to the Recharts chart on intent.
import { lazy, type ReactNode } from "react";
import { ChartOnIntent } from "./chart-on-intent";
import type { NationalChartData } from "./national-chart";

const NationalChart = lazy(() => import("./national-chart"));

export function LazyNationalChart({ data, title, drawn }: { data: NationalChartData; title: string; drawn: ReactNode }) {
  return <ChartOnIntent drawn={drawn} interactive={() => <NationalChart data={data} title={title} />} />;
}
