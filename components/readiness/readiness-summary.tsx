// The headline figures of a workspace: share ready, projected score and its category, the
// aspects drawn against their maximum, and the projection as the next point of the
// institution's results under the same scheme.
import type { Readiness, SchemeDef } from "@/lib/merit";

const number = (n: number) => n.toLocaleString("id-ID", { maximumFractionDigits: 3 });

type Props = { figures: Readiness; scheme: SchemeDef; year: number; trajectory: { year: number; score: number | null; category: string | null }[] };

export function ReadinessSummary({ figures, scheme, year, trajectory }: Props) {
  return (
    <section aria-labelledby="summary" className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <h2 id="summary" className="text-lg font-semibold">
        Kesiapan
      </h2>
      <p>
        <strong data-testid="overall-ready">{figures.readyPercent}%</strong> indikator siap ({figures.ready} dari {figures.indicators}). Nilai proyeksi:{" "}
        <strong data-testid="projected-score">{figures.projectedScore == null ? "—" : number(figures.projectedScore)}</strong> pada skala {number(scheme.scale.min)}–
        {number(scheme.scale.max)}
        {figures.projectedCategory && (
          <>
            , kategori <strong data-testid="projected-category">{figures.projectedCategory.name}</strong>
          </>
        )}
        .
      </p>
      <figure className="space-y-1">
        <figcaption className="text-sm text-slate-700">Nilai proyeksi per aspek terhadap nilai maksimumnya</figcaption>
        <ul className="space-y-1 text-sm">
          {figures.aspects.map((a) => (
            <li key={a.code} className="grid grid-cols-[minmax(0,1fr)_8rem] items-center gap-2 sm:grid-cols-[16rem_minmax(0,1fr)]">
              <span className="truncate">{a.name}</span>
              <span className="flex items-center gap-2">
                <span aria-hidden className="block h-3 flex-1 rounded bg-slate-200">
                  <span className="block h-3 rounded bg-blue-800" style={{ width: `${a.max > 0 ? (a.projected / a.max) * 100 : 0}%` }} />
                </span>
                <span className="tabular-nums">
                  {number(a.projected)}/{number(a.max)}
                </span>
              </span>
            </li>
          ))}
        </ul>
      </figure>
      <div className="text-sm">
        <h3 className="font-medium">Lintasan hasil</h3>
        <ol className="flex flex-wrap gap-x-4">
          {trajectory.map((t) => (
            <li key={t.year}>
              {t.year}: {t.score == null ? "—" : number(t.score)} {t.category && `(${t.category})`}
            </li>
          ))}
          <li data-testid="projected-point">
            {year} (proyeksi): {figures.projectedScore == null ? "—" : number(figures.projectedScore)} {figures.projectedCategory && `(${figures.projectedCategory.name})`}
          </li>
        </ol>
      </div>
    </section>
  );
}
