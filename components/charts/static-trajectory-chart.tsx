// A trajectory chart drawn on the server, so the page shows its chart before any JavaScript
// runs: the same bands, lines, markers, gaps and scheme breaks, in the same places, as
// TrajectoryChart, which replaces it once the reader reaches for the chart (ChartOnIntent).
// Horizontal positions are percentages of the plot, so it fits any width at the fixed height.
import { categoryColor } from "@/lib/ui/palette";
import { BAND_OPACITY, FONT_SIZE, GAP_LABEL, GAP_STROKE, INK, LABEL_INSET, TEXT_FILL, slotCentre, valueOffset } from "./chart-layout";
import { Marker, markOf, pointTitle } from "./chart-marks";
import { StaticFigure, type Tick } from "./static-frame";
import type { TrajectoryChartData } from "./trajectory-types";

const pct = (n: number) => `${n.toFixed(2)}%`;

export function StaticTrajectoryChart({ data, title, testId = "trajectory-chart" }: { data: TrajectoryChartData; title: string; testId?: string }) {
  const index = new Map(data.slots.map((slot, i) => [slot.key, i]));
  const xOf = (slot: string) => slotCentre(data.slots.length, index.get(slot) ?? 0);
  /** The edge between a slot and the one before it. */
  const xBefore = (slot: string) => slotCentre(data.slots.length, (index.get(slot) ?? 0) - 0.5);
  const yOf = (v: number) => valueOffset(data.domain, v);
  const yTicks: Tick[] = data.yTicks.map((t) => ({ at: yOf(t.value), label: t.label }));
  const xTicks: Tick[] = data.slots.map((slot) => ({ at: xOf(slot.key), label: slot.label }));
  const several = data.series.length > 1;
  const label = { fontSize: FONT_SIZE, fill: TEXT_FILL };

  return (
    <StaticFigure testId={testId} title={title} x={xTicks} y={yTicks}>
      <svg width="100%" height="100%" overflow="visible">
        {data.bands.map((b) => (
          <g key={b.name}>
            <rect x="0" width="100%" y={pct(yOf(b.to))} height={pct(yOf(b.from) - yOf(b.to))} fill={categoryColor(b.rank, b.levels)} fillOpacity={BAND_OPACITY} />
            <text x={LABEL_INSET.x} y={pct(yOf(b.to))} dy={LABEL_INSET.y} {...label}>
              {b.name}
            </text>
          </g>
        ))}
        {data.gaps.map((g) => (
          <g key={`gap-${g.slot}`} data-gap={g.year}>
            <line x1={pct(xOf(g.slot))} x2={pct(xOf(g.slot))} y1="0" y2="100%" stroke={GAP_STROKE} strokeDasharray="4 4" />
            <svg x={pct(xOf(g.slot))} y="0" overflow="visible">
              <text transform={GAP_LABEL.transform} x={-GAP_LABEL.end} y={GAP_LABEL.beside} textAnchor="end" {...label}>
                {g.label}
              </text>
            </svg>
          </g>
        ))}
        {data.schemeBreaks.map((slot) => (
          <g key={`break-${slot}`}>
            <line x1={pct(xBefore(slot))} x2={pct(xBefore(slot))} y1="0" y2="100%" stroke={INK} strokeWidth={2} />
            <text x={pct(xBefore(slot))} y="0" dx={-LABEL_INSET.x} dy={LABEL_INSET.y} textAnchor="end" {...label} fill={INK}>
              {data.labels.schemeBreak}
            </text>
          </g>
        ))}
        {data.series.map((s) =>
          s.points.slice(1).map((p, i) => {
            const prev = s.points[i];
            return prev.score != null && p.score != null ? (
              <line
                key={`line-${s.key}-${p.slot}`}
                x1={pct(xOf(prev.slot))}
                y1={pct(yOf(prev.score))}
                x2={pct(xOf(p.slot))}
                y2={pct(yOf(p.score))}
                stroke={s.color}
                strokeWidth={2}
                strokeDasharray={s.dash || undefined}
              />
            ) : null;
          }),
        )}
        {data.series.map((s) =>
          s.points.map((p) => {
            const mark = markOf(s, p, several, data.domain[0]);
            if (!mark) return null;
            // A nested viewport placed by percentage draws the marker around its own origin.
            return (
              <svg key={`point-${s.key}-${p.slot}`} x={pct(xOf(p.slot))} y={pct(yOf(mark.value))} overflow="visible">
                <Marker {...mark.marker} x={p.dx} y={0}>
                  <title>{pointTitle(s, p, several)}</title>
                </Marker>
              </svg>
            );
          }),
        )}
      </svg>
    </StaticFigure>
  );
}
