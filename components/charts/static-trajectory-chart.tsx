// The trajectory drawn on the server, so the page shows its chart before any JavaScript
// runs: the same bands, line, points, gaps and scheme breaks as TrajectoryChart, which
// replaces it once the reader reaches for the chart (see ChartOnIntent). Horizontal
// positions are percentages of the plot, so it fits any width at the fixed height.
import { categoryColor } from "@/lib/ui/palette";
import { StaticFigure, type Tick } from "./static-frame";
import type { TrajectoryChartData } from "./trajectory-types";

const INK = "#0f172a";

export function StaticTrajectoryChart({ data, title }: { data: TrajectoryChartData; title: string }) {
  const years = data.points.map((p) => p.year);
  const first = Math.min(...years);
  const span = Math.max(...years) - first + 1;
  const [lo, hi] = data.domain;
  const xOf = (year: number) => ((year - first + 0.5) / span) * 100;
  const yOf = (v: number) => (1 - (Math.min(Math.max(v, lo), hi) - lo) / (hi - lo)) * 100;
  const pct = (n: number) => `${n.toFixed(2)}%`;
  const yTicks: Tick[] = [...new Set([lo, ...data.bands.map((b) => b.from), hi])]
    .filter((v) => v >= lo && v <= hi)
    .map((v) => ({ at: yOf(v), label: String(v) }));
  const xTicks: Tick[] = years.map((year) => ({ at: xOf(year), label: String(year) }));
  // The line joins consecutive scored years and breaks where a year has no score.
  const segments = data.points.slice(1).flatMap((p, i) => {
    const prev = data.points[i];
    return prev.score != null && p.score != null ? [{ from: prev, to: p }] : [];
  });

  return (
    <StaticFigure testId="trajectory-chart" title={title} x={xTicks} y={yTicks}>
      <svg width="100%" height="100%" overflow="visible" fontSize={11}>
        {data.bands.map((b) => (
          <g key={b.name}>
            <rect x="0" width="100%" y={pct(yOf(b.to))} height={pct(yOf(b.from) - yOf(b.to))} fill={categoryColor(b.rank, b.levels)} fillOpacity={0.18} />
            <text x="4" y={pct(yOf(b.to))} dy="12" fill="#334155">{b.name}</text>
          </g>
        ))}
        {data.points
          .filter((p) => p.status !== "evaluated")
          .map((p) => (
            <g key={`gap-${p.year}`}>
              <line x1={pct(xOf(p.year))} x2={pct(xOf(p.year))} y1="0" y2="100%" stroke="#64748b" strokeDasharray="4 4" />
              <text x={pct(xOf(p.year))} y="0" dy="12" textAnchor="middle" fill="#334155">{data.labels.notEvaluated}</text>
            </g>
          ))}
        {data.schemeBreaks.map((year) => (
          <g key={`break-${year}`}>
            <line x1={pct(xOf(year - 0.5))} x2={pct(xOf(year - 0.5))} y1="0" y2="100%" stroke={INK} strokeWidth={2} />
            <text x={pct(xOf(year - 0.5))} y="0" dx="-4" dy="12" textAnchor="end" fill={INK}>{data.labels.schemeBreak}</text>
          </g>
        ))}
        {segments.map(({ from, to }) => (
          <line key={`line-${from.year}`} x1={pct(xOf(from.year))} y1={pct(yOf(from.score!))} x2={pct(xOf(to.year))} y2={pct(yOf(to.score!))} stroke={INK} strokeWidth={2} />
        ))}
        {data.points.map((p) =>
          p.score != null ? (
            <circle key={`point-${p.year}`} data-point="score" cx={pct(xOf(p.year))} cy={pct(yOf(p.score))} r="4" fill={INK}>
              <title>{`${p.year}: ${p.description}`}</title>
            </circle>
          ) : p.categoryOnly != null ? (
            // A nested viewport placed by percentage draws the diamond around its own origin.
            <svg key={`point-${p.year}`} data-point="category" x={pct(xOf(p.year))} y={pct(yOf(p.categoryOnly))} overflow="visible">
              <path d="M0 -6L6 0L0 6L-6 0Z" fill="#ffffff" stroke={INK} strokeWidth={2}>
                <title>{`${p.year}: ${p.description}`}</title>
              </path>
            </svg>
          ) : null,
        )}
      </svg>
    </StaticFigure>
  );
}
