// The frame of a chart drawn on the server: the box of the interactive chart (same height,
// same margins), the plot area its children draw in, and the tick labels of both axes,
// placed as Recharts places its own (chart-layout.ts). Positions inside the plot are
// percentages, so one drawing fits every width.
import type { ReactNode } from "react";
import { AXIS_STROKE, CHART_HEIGHT, FONT_SIZE, PLOT, TEXT_FILL, TICK_GAP } from "./chart-layout";

/** A tick: where it sits along its axis (percent of the plot) and what it says. */
export type Tick = { at: number; label: string };

export function StaticFigure({ testId, title, x, y, children }: { testId: string; title: string; x: Tick[]; y: Tick[]; children: ReactNode }) {
  const text = { fontSize: FONT_SIZE, fill: TEXT_FILL };
  return (
    <figure data-testid={testId} data-chart="static" aria-label={title} style={{ height: CHART_HEIGHT }} className="relative w-full">
      <div
        aria-hidden="true"
        className="absolute"
        style={{ top: PLOT.top, right: PLOT.right, bottom: PLOT.bottom, left: PLOT.left, borderLeft: `1px solid ${AXIS_STROKE}`, borderBottom: `1px solid ${AXIS_STROKE}` }}
      >
        {children}
      </div>
      <svg aria-hidden="true" className="absolute left-0" style={{ top: PLOT.top, height: `calc(100% - ${PLOT.top + PLOT.bottom}px)` }} width={PLOT.left} overflow="visible">
        {y.map((t) => (
          <text key={t.label} data-tick="y" x={PLOT.left - TICK_GAP} y={`${t.at}%`} dy="0.355em" textAnchor="end" {...text}>
            {t.label}
          </text>
        ))}
      </svg>
      <svg aria-hidden="true" className="absolute bottom-0" style={{ left: PLOT.left, width: `calc(100% - ${PLOT.left + PLOT.right}px)` }} height={PLOT.bottom} overflow="visible">
        {x.map((t) => (
          <text key={t.label} data-tick="x" x={`${t.at}%`} y={TICK_GAP} dy="0.71em" textAnchor="middle" {...text}>
            {t.label}
          </text>
        ))}
      </svg>
    </figure>
  );
}
