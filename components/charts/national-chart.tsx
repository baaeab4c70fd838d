"use client";
// Evaluated institutions per category per year, stacked from Buruk (bottom) to the top category.
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { categoryColor, TOOLTIP_ITEM } from "@/lib/ui/palette";
import { CHART_HEIGHT } from "./chart-layout";

export type NationalChartData = {
  rows: Record<string, number>[];
  categories: { code: string; name: string; rank: number; levels: number }[];
};

export default function NationalChart({ data, title }: { data: NationalChartData; title: string }) {
  const ordered = [...data.categories].sort((a, b) => a.rank - b.rank);
  return (
    <figure data-testid="national-chart" aria-label={title} style={{ height: CHART_HEIGHT }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data.rows} margin={{ top: 12, right: 16, bottom: 8, left: 0 }} accessibilityLayer>
          <XAxis dataKey="year" tickLine={false} />
          <YAxis allowDecimals={false} width={36} tickLine={false} />
          <Tooltip itemStyle={TOOLTIP_ITEM} />
          {ordered.map((c) => (
            <Bar
              key={c.code}
              dataKey={c.code}
              name={c.name}
              stackId="categories"
              fill={categoryColor(c.rank, c.levels)}
              stroke="#334155"
              strokeWidth={0.5}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
