// Reserves the chart's exact box while Recharts loads, so the page does not shift.
export const CHART_HEIGHT = 320;

export function ChartPlaceholder({ label }: { label: string }) {
  return (
    <div
      role="img"
      aria-label={label}
      data-testid="chart-placeholder"
      style={{ height: CHART_HEIGHT }}
      className="w-full animate-pulse rounded-md bg-slate-100"
    />
  );
}
