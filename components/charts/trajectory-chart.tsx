"use client";
// The interactive trajectory chart (Recharts): one line per series over the category bands,
// drawn with the geometry of chart-layout.ts and the marks of chart-marks.tsx, so it looks
// exactly like the server drawing it replaces. Each year (each round of a year with several)
// is one slot of a band axis, and hovering anywhere in a slot shows that slot's tooltip.
import { ComposedChart, Line, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import { categoryColor } from "@/lib/ui/palette";
import { AXIS_STROKE, BAND_OPACITY, CHART_HEIGHT, FONT_SIZE, GAP_LABEL, GAP_STROKE, INK, LABEL_INSET, PLOT, TEXT_FILL, TICK_GAP } from "./chart-layout";
import { Marker, markOf } from "./chart-marks";
import type { TrajectoryChartData, TrajectorySeries } from "./trajectory-types";

type Box = { x?: number; y?: number };
const label = { fontSize: FONT_SIZE, fill: TEXT_FILL };
const axis = { tickLine: false, tickSize: TICK_GAP, tickMargin: 0, axisLine: { stroke: AXIS_STROKE }, tick: label } as const;

/** Tap focus lands on an inner layer: no ring there; keyboard focus rings the whole figure. */
const FOCUS = "[&_*:focus]:outline-none has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-700 has-[:focus-visible]:outline";

export default function TrajectoryChart({ data, title, testId = "trajectory-chart" }: { data: TrajectoryChartData; title: string; testId?: string }) {
  const several = data.series.length > 1;
  const bottom = data.domain[0];
  const rows = data.slots.map((slot, y) => ({
    slot: slot.key,
    ...Object.fromEntries(
      data.series.flatMap((s, i) => {
        const mark = markOf(s, s.points[y], several, bottom);
        return [
          [`s${i}`, s.points[y].score],
          [`m${i}`, mark && s.points[y].score == null ? mark.value : null],
        ];
      }),
    ),
  }));
  const tickLabel = new Map(data.yTicks.map((t) => [t.value, t.label]));
  const slotLabel = new Map(data.slots.map((slot) => [slot.key, slot.label]));
  const markerAt = (s: TrajectorySeries, slot: unknown, cx?: number, cy?: number, className?: string) => {
    const p = s.points.find((q) => q.slot === slot);
    const mark = p && markOf(s, p, several, bottom);
    if (!p || !mark || cx == null || cy == null || !Number.isFinite(cy)) return <g />;
    return <Marker {...mark.marker} x={cx + p.dx} y={cy} className={className} />;
  };

  return (
    <figure data-testid={testId} aria-label={title} style={{ height: CHART_HEIGHT }} className={`w-full ${FOCUS}`}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: PLOT.top, right: PLOT.right, bottom: 0, left: 0 }} accessibilityLayer>
          {data.bands.map((b) => (
            <ReferenceArea
              key={b.name}
              y1={b.from}
              y2={b.to}
              fill={categoryColor(b.rank, b.levels)}
              fillOpacity={BAND_OPACITY}
              stroke="none"
              label={({ viewBox }: { viewBox?: Box }) => (
                <text x={(viewBox?.x ?? 0) + LABEL_INSET.x} y={(viewBox?.y ?? 0) + LABEL_INSET.y} {...label}>
                  {b.name}
                </text>
              )}
            />
          ))}
          <XAxis dataKey="slot" type="category" scale="band" interval={0} height={PLOT.bottom} tickFormatter={(key: string) => slotLabel.get(key) ?? key} {...axis} />
          <YAxis
            type="number"
            domain={data.domain}
            ticks={data.yTicks.map((t) => t.value)}
            interval={0}
            tickFormatter={(v: number) => tickLabel.get(v) ?? String(v)}
            width={PLOT.left}
            {...axis}
          />
          {data.gaps.map((g) => (
            <ReferenceLine
              key={`gap-${g.slot}`}
              x={g.slot}
              stroke={GAP_STROKE}
              strokeDasharray="4 4"
              label={({ viewBox }: { viewBox?: Box }) => (
                <g transform={`translate(${viewBox?.x ?? 0} ${viewBox?.y ?? 0})`}>
                  <text transform={GAP_LABEL.transform} x={-GAP_LABEL.end} y={GAP_LABEL.beside} textAnchor="end" {...label}>
                    {g.label}
                  </text>
                </g>
              )}
            />
          ))}
          {data.schemeBreaks.map((slot) => (
            <ReferenceLine
              key={`break-${slot}`}
              x={slot}
              position="start"
              stroke={INK}
              strokeWidth={2}
              label={({ viewBox }: { viewBox?: Box }) => (
                <text x={(viewBox?.x ?? 0) - LABEL_INSET.x} y={(viewBox?.y ?? 0) + LABEL_INSET.y} textAnchor="end" {...label} fill={INK}>
                  {data.labels.schemeBreak}
                </text>
              )}
            />
          ))}
          <Tooltip content={<YearTooltip data={data} />} cursor={{ stroke: GAP_STROKE, strokeOpacity: 0.4 }} />
          {data.series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={`s${i}`}
              name={s.name}
              stroke={s.color}
              strokeDasharray={s.dash || undefined}
              strokeWidth={2}
              dot={(props: { cx?: number; cy?: number; payload?: { slot: string } }) => markerAt(s, props.payload?.slot, props.cx, props.cy, "recharts-line-dot")}
              activeDot={false}
              isAnimationActive={false}
            />
          ))}
          {data.series.map((s, i) => (
            <Scatter
              key={`marks-${s.key}`}
              dataKey={`m${i}`}
              name={s.name}
              shape={(props: { cx?: number; cy?: number; payload?: { slot: string } }) => markerAt(s, props.payload?.slot, props.cx, props.cy)}
              isAnimationActive={false}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** One slot's results (a year, or one round of it), each in the page's own words and number format. */
function YearTooltip({ data, active, label: slot }: { data: TrajectoryChartData; active?: boolean; label?: string | number }) {
  if (!active || slot == null) return null;
  const year = data.slots.find((x) => x.key === String(slot))?.year ?? slot;
  const several = data.series.length > 1;
  const lines = data.series.flatMap((s) => {
    const p = s.points.find((q) => q.slot === String(slot));
    if (!p || (several && p.status === "missing")) return [];
    return [{ key: s.key, text: several ? `${s.name}: ${p.description}` : p.description, color: s.color }];
  });
  if (!lines.length) return null;
  return (
    <div data-testid="chart-tooltip" className="rounded border border-slate-300 bg-white px-3 py-2 text-sm text-slate-800 shadow">
      <p className="font-semibold">{year}</p>
      {lines.map((l) => (
        <p key={l.key}>{l.text}</p>
      ))}
    </div>
  );
}
