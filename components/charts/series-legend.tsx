// The legend of compared institutions, as text with a sample of each line and its marker.
import { Marker } from "./chart-marks";
import type { TrajectorySeries } from "./trajectory-types";

export function SeriesLegend({ series }: { series: TrajectorySeries[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {series.map((s) => (
        <li key={s.key} className="inline-flex items-center gap-2">
          <svg width="28" height="14" aria-hidden="true">
            <line x1="0" y1="7" x2="28" y2="7" stroke={s.color} strokeWidth="2.5" strokeDasharray={s.dash} />
            <Marker shape={s.shape} x={14} y={7} r={4} color={s.color} />
          </svg>
          {s.name}
        </li>
      ))}
    </ul>
  );
}
