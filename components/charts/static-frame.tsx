// The frame of a chart drawn on the server: the box of the interactive chart (same height,
// same margins), the plot area its children draw in, and the tick labels of both axes.
// Positions inside the plot are percentages, so one drawing fits every width.
import type { ReactNode } from "react";
import { CHART_HEIGHT } from "./chart-placeholder";

/** Margins around the plot, in px: room for the tick labels. */
const PLOT = { top: 12, right: 16, bottom: 28, left: 44 };

/** A tick: where it sits along its axis (percent of the plot) and what it says. */
export type Tick = { at: number; label: string };

export function StaticFigure({ testId, title, x, y, children }: { testId: string; title: string; x: Tick[]; y: Tick[]; children: ReactNode }) {
  return (
    <figure data-testid={testId} data-chart="static" aria-label={title} style={{ height: CHART_HEIGHT }} className="relative w-full text-[11px] text-slate-700">
      <div aria-hidden="true" className="absolute border-b border-l border-slate-400" style={{ top: PLOT.top, right: PLOT.right, bottom: PLOT.bottom, left: PLOT.left }}>
        {children}
      </div>
      <div aria-hidden="true" className="absolute left-0" style={{ top: PLOT.top, bottom: PLOT.bottom, width: PLOT.left - 6 }}>
        {y.map((t) => (
          <span key={t.label} className="absolute right-0 -translate-y-1/2 leading-none" style={{ top: `${t.at}%` }}>{t.label}</span>
        ))}
      </div>
      <div aria-hidden="true" className="absolute bottom-0" style={{ left: PLOT.left, right: PLOT.right, height: PLOT.bottom }}>
        {x.map((t) => (
          <span key={t.label} className="absolute top-1.5 -translate-x-1/2" style={{ left: `${t.at}%` }}>{t.label}</span>
        ))}
      </div>
    </figure>
  );
}
