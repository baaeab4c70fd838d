// The legend of compared institutions, as text with a sample of each line.
import { seriesStyle } from "./series-style";

export function SeriesLegend({ series }: { series: { key: string; name: string }[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {series.map((s, i) => (
        <li key={s.key} className="inline-flex items-center gap-2">
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="28" y2="5" stroke={seriesStyle(i).color} strokeWidth="2.5" strokeDasharray={seriesStyle(i).dash} />
          </svg>
          {s.name}
        </li>
      ))}
    </ul>
  );
}
