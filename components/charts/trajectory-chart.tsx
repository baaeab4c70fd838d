"use client";
// The trajectory: years on x, the scheme's scale on y, category bands behind as labelled
// zones, the score as a line with points, category-only years as hollow diamonds in their
// band, not-evaluated years as a labelled gap, and a vertical rule where the scheme changes.
import {
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { renderBands } from "./band-areas";
import { CHART_HEIGHT } from "./chart-placeholder";
import type { TrajectoryChartData, TrajectoryChartPoint } from "./trajectory-types";

export default function TrajectoryChart({ data, title }: { data: TrajectoryChartData; title: string }) {
  const years = data.points.map((p) => p.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return (
    <figure data-testid="trajectory-chart" aria-label={title} style={{ height: CHART_HEIGHT }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data.points} margin={{ top: 12, right: 16, bottom: 8, left: 0 }} accessibilityLayer>
          {renderBands(data.bands, 0.18)}
          <XAxis
            dataKey="year"
            type="number"
            domain={[first - 0.5, last + 0.5]}
            ticks={years}
            allowDecimals={false}
            tickLine={false}
            name={data.labels.year}
          />
          <YAxis type="number" domain={data.domain} width={44} tickLine={false} />
          {data.points
            .filter((p) => p.status !== "evaluated")
            .map((p) => (
              <ReferenceLine
                key={`gap-${p.year}`}
                x={p.year}
                stroke="#64748b"
                strokeDasharray="4 4"
                label={{ value: data.labels.notEvaluated, position: "insideTop", fill: "#334155", fontSize: 11 }}
              />
            ))}
          {data.schemeBreaks.map((year) => (
            <ReferenceLine
              key={`break-${year}`}
              x={year - 0.5}
              stroke="#0f172a"
              strokeWidth={2}
              label={{ value: data.labels.schemeBreak, position: "insideTopRight", fill: "#0f172a", fontSize: 11 }}
            />
          ))}
          <Tooltip content={<PointTooltip />} />
          <Line
            dataKey="score"
            name={data.labels.score}
            stroke="#0f172a"
            strokeWidth={2}
            dot={{ r: 4, fill: "#0f172a" }}
            isAnimationActive={false}
          />
          <Scatter
            dataKey="categoryOnly"
            name={data.labels.categoryOnly}
            shape="diamond"
            fill="#ffffff"
            stroke="#0f172a"
            strokeWidth={2}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}

function PointTooltip({ active, payload }: { active?: boolean; payload?: { payload: TrajectoryChartPoint }[] }) {
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="rounded border border-slate-300 bg-white px-3 py-2 text-sm shadow">
      <p className="font-semibold">{point.year}</p>
      <p>{point.description}</p>
    </div>
  );
}
