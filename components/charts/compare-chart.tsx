"use client";
// Several institutions on one chart: one line per institution (colour, dash and marker
// differ, so colour is never the only signal) over the category bands of the scheme.
import { ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { renderBands } from "./band-areas";
import { CHART_HEIGHT } from "./chart-placeholder";
import { TOOLTIP_ITEM } from "@/lib/ui/palette";
import { seriesStyle } from "./series-style";
import type { TrajectoryChartBand } from "./trajectory-types";

export type CompareChartData = {
  rows: Record<string, number | null>[];
  series: { key: string; name: string }[];
  bands: TrajectoryChartBand[];
  domain: [number, number];
};


export default function CompareChart({ data, title }: { data: CompareChartData; title: string }) {
  return (
    <figure data-testid="compare-chart" aria-label={title} style={{ height: CHART_HEIGHT }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data.rows} margin={{ top: 12, right: 16, bottom: 8, left: 0 }} accessibilityLayer>
          {renderBands(data.bands, 0.15)}
          <XAxis dataKey="year" tickLine={false} padding={{ left: 24, right: 24 }} />
          <YAxis type="number" domain={data.domain} width={44} tickLine={false} />
          <Tooltip itemStyle={TOOLTIP_ITEM} />
          {data.series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stroke={seriesStyle(i).color}
              strokeDasharray={seriesStyle(i).dash}
              strokeWidth={2}
              dot={{ r: 4 }}
              isAnimationActive={false}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
