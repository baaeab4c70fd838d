// Evaluated institutions per category per year as stacked bars, drawn on the server: the
// page shows the national picture before any JavaScript runs, and NationalChart replaces
// it once the reader reaches for the chart (see ChartOnIntent).
import { categoryColor } from "@/lib/ui/palette";
import type { NationalChartData } from "./national-chart";
import { StaticFigure, type Tick } from "./static-frame";

/** The smallest 1, 2 or 5 × 10ⁿ step that splits `max` into at most four parts. */
export function niceStep(max: number): number {
  if (max <= 4) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max / 4));
  return [1, 2, 5, 10].map((m) => m * magnitude).find((step) => max / step <= 4)!;
}

export function StaticNationalChart({ data, title }: { data: NationalChartData; title: string }) {
  const ordered = [...data.categories].sort((a, b) => a.rank - b.rank);
  const totals = data.rows.map((r) => ordered.reduce((sum, c) => sum + (r[c.code] ?? 0), 0));
  const step = niceStep(Math.max(1, ...totals));
  const top = Math.ceil(Math.max(1, ...totals) / step) * step;
  const yOf = (v: number) => (1 - v / top) * 100;
  const slot = 100 / Math.max(1, data.rows.length);
  const yTicks: Tick[] = Array.from({ length: top / step + 1 }, (_, i) => ({ at: yOf(i * step), label: String(i * step) }));
  const xTicks: Tick[] = data.rows.map((r, i) => ({ at: (i + 0.5) * slot, label: String(r.year) }));
  return (
    <StaticFigure testId="national-chart" title={title} x={xTicks} y={yTicks}>
      <svg width="100%" height="100%" overflow="visible">
        {data.rows.map((r, i) => {
          let below = 0;
          return (
            <g key={r.year} data-year={r.year}>
              {ordered.map((c) => {
                const count = r[c.code] ?? 0;
                if (!count) return null;
                const y = yOf(below + count);
                below += count;
                return (
                  <rect
                    key={c.code}
                    x={`${(i + 0.15) * slot}%`}
                    width={`${slot * 0.7}%`}
                    y={`${y}%`}
                    height={`${(count / top) * 100}%`}
                    fill={categoryColor(c.rank, c.levels)}
                    stroke="#334155"
                    strokeWidth={0.5}
                  >
                    <title>{`${r.year} · ${c.name}: ${count}`}</title>
                  </rect>
                );
              })}
            </g>
          );
        })}
      </svg>
    </StaticFigure>
  );
}
