// The social card of an institution (1200×630, drawn by next/og's Satori): its name, its
// latest category in the category's colour and a small trajectory of the latest scheme.
// Satori lays out flexbox only: every box with several children says display: flex.
import { bandsOf } from "@/components/charts/bands";
import { categoryColor, categoryTextColor } from "@/lib/ui/palette";
import type { SchemeDef, TrajectoryPoint } from "@/lib/merit";

export const CARD_SIZE = { width: 1200, height: 630 } as const;

type Props = {
  name: string;
  kicker: string;
  latestLabel: string | null;
  latest: { name: string; rank: number; levels: number; score: string | null } | null;
  noResults: string;
  points: TrajectoryPoint[];
  scheme: SchemeDef | null;
  locale: string;
  address: string;
};

const SPARK = { width: 1040, height: 190 };

/** The trajectory as a line over the scheme's bands: years of the latest scheme only. */
function Trajectory({ points, scheme, locale }: { points: TrajectoryPoint[]; scheme: SchemeDef; locale: string }) {
  const years = points.map((p) => p.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const x = (year: number) => (last === first ? SPARK.width / 2 : 20 + ((year - first) / (last - first)) * (SPARK.width - 40));
  const { min, max } = scheme.scale;
  const y = (v: number) => SPARK.height - ((v - min) / (max - min)) * SPARK.height;
  const bands = bandsOf(scheme, locale);
  const mid = (p: TrajectoryPoint) => {
    const band = p.category ? bands.find((b) => b.rank === p.category!.rank) : undefined;
    return p.score ?? (band ? (band.from + band.to) / 2 : null);
  };
  const marks = points
    .filter((p) => p.status === "evaluated" && p.schemeCode === scheme.code)
    .flatMap((p) => {
      const v = mid(p);
      return v == null ? [] : [{ year: p.year, v, rank: p.category?.rank ?? 1 }];
    });
  // Year labels as boxes under the drawing: the card's SVG is drawn without fonts.
  return (
    <div style={{ display: "flex", flexDirection: "column" }}>
      <svg width={SPARK.width} height={SPARK.height + 20} viewBox={`0 -10 ${SPARK.width} ${SPARK.height + 20}`}>
        {bands.map((b) => (
          <rect key={b.rank} x={0} width={SPARK.width} y={y(b.to)} height={y(b.from) - y(b.to)} fill={categoryColor(b.rank, b.levels)} fillOpacity={0.25} />
        ))}
        {marks.length > 1 && <polyline points={marks.map((m) => `${x(m.year)},${y(m.v)}`).join(" ")} fill="none" stroke="#1f2937" strokeWidth={5} />}
        {/* A year with two rounds has two marks (one key each), its label once. */}
        {marks.map((m, i) => (
          <circle key={`${m.year}-${i}`} cx={x(m.year)} cy={y(m.v)} r={11} fill={categoryColor(m.rank, bands.length)} stroke="#1f2937" strokeWidth={4} />
        ))}
      </svg>
      <div style={{ display: "flex", position: "relative", height: 34, width: SPARK.width, fontSize: 24, color: "#475569" }}>
        {marks
          .filter((m, i) => marks.findIndex((o) => o.year === m.year) === i)
          .map((m) => (
            <span key={m.year} style={{ position: "absolute", left: x(m.year) - 30, width: 60, display: "flex", justifyContent: "center" }}>
              {String(m.year)}
            </span>
          ))}
      </div>
    </div>
  );
}

export function InstitutionCard(props: Props) {
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#f8fafc", color: "#0f172a", padding: "48px 80px", fontSize: 30 }}>
      <div style={{ display: "flex", justifyContent: "space-between", color: "#475569", fontSize: 28 }}>
        <span>{props.kicker}</span>
        <span>Jejak Merit</span>
      </div>
      <div style={{ display: "flex", fontSize: props.name.length > 40 ? 56 : 72, fontWeight: 700, marginTop: 12, lineHeight: 1.1 }}>{props.name}</div>
      {props.latest && props.latestLabel ? (
        <div style={{ display: "flex", alignItems: "center", marginTop: 24 }}>
          <span style={{ color: "#334155" }}>{props.latestLabel}</span>
          <span
            style={{
              display: "flex",
              marginLeft: 20,
              padding: "6px 22px",
              borderRadius: 999,
              background: categoryColor(props.latest.rank, props.latest.levels),
              color: categoryTextColor(props.latest.rank, props.latest.levels),
              fontSize: 34,
            }}
          >
            {props.latest.name}
          </span>
          {props.latest.score && <span style={{ marginLeft: 20, fontSize: 40 }}>{props.latest.score}</span>}
        </div>
      ) : (
        <div style={{ display: "flex", marginTop: 24, color: "#334155" }}>{props.noResults}</div>
      )}
      <div style={{ display: "flex", flexGrow: 1, alignItems: "flex-end" }}>
        {props.scheme && props.points.length > 0 && <Trajectory points={props.points} scheme={props.scheme} locale={props.locale} />}
      </div>
      <div style={{ display: "flex", color: "#475569", fontSize: 24 }}>{props.address}</div>
    </div>
  );
}
