"use client";
// Recharts bars: each aspect's projected points beside its maximum (the maximum drawn as a
// pale bar behind, so the gap to it is what the eye reads). The figures are also in the table.
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { CHART_HEIGHT } from "@/components/charts/chart-layout";
import type { AspectReadiness } from "@/lib/merit";

const number = (n: number) => n.toLocaleString("id-ID", { maximumFractionDigits: 1 });

export default function AspectChart({ aspects }: { aspects: AspectReadiness[] }) {
  const rows = aspects.map((a, i) => ({ label: `A${i + 1}`, name: a.name, projected: a.projected, max: a.max }));
  return (
    <figure data-testid="readiness-aspect-chart" aria-label="Nilai proyeksi per aspek terhadap maksimumnya" style={{ height: CHART_HEIGHT }} className="w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} barGap={-24} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer>
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tickLine={false} fontSize={12} />
          <YAxis width={40} tickLine={false} fontSize={12} />
          <Tooltip
            formatter={(value, key) => [number(Number(value)), key === "max" ? "maksimum" : "proyeksi"]}
            labelFormatter={(_label, payload) => payload?.[0]?.payload?.name ?? ""}
          />
          <Bar dataKey="max" name="maksimum" fill="#cbd5e1" barSize={24} isAnimationActive={false} />
          <Bar dataKey="projected" name="proyeksi" fill="#1e40af" barSize={24} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <figcaption className="text-xs text-slate-600">{aspects.map((a, i) => `A${i + 1} ${a.name}`).join(" · ")}</figcaption>
    </figure>
  );
}
