// The category bands drawn behind a chart as labelled horizontal zones.
import { ReferenceArea } from "recharts";
import { categoryColor } from "@/lib/ui/palette";
import type { TrajectoryChartBand } from "./trajectory-types";

/** Called inline inside a Recharts chart (Recharts reads its direct children). */
export function renderBands(bands: TrajectoryChartBand[], opacity: number) {
  return bands.map((b) => (
    <ReferenceArea
      key={b.name}
      y1={b.from}
      y2={b.to}
      fill={categoryColor(b.rank, b.levels)}
      fillOpacity={opacity}
      stroke="none"
      ifOverflow="hidden"
      label={{ value: b.name, position: "insideTopLeft", fill: "#334155", fontSize: 11 }}
    />
  ));
}
