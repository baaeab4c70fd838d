// Readiness per aspect: indicators ready in per cent and the projected score against the
// aspect's maximum. The bar repeats the per cent; the number is always there as text.
import type { AspectReadiness } from "@/lib/merit";

const number = (n: number) => n.toLocaleString("id-ID", { maximumFractionDigits: 1 });

export function AspectTable({ aspects }: { aspects: AspectReadiness[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Kesiapan per aspek</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="p-2">
              Aspek
            </th>
            <th scope="col" className="p-2">
              Siap
            </th>
            <th scope="col" className="p-2">
              Nilai proyeksi
            </th>
          </tr>
        </thead>
        <tbody>
          {aspects.map((a) => (
            <tr key={a.code} className="border-b border-slate-200" data-aspect={a.code}>
              <th scope="row" className="p-2 text-left font-normal">
                {a.name}
              </th>
              <td className="p-2">
                <span className="flex items-center gap-2">
                  <span data-testid="aspect-ready" className="w-12 tabular-nums">
                    {a.readyPercent}%
                  </span>
                  <span aria-hidden className="hidden h-2 w-24 rounded bg-slate-200 sm:block print:block">
                    <span className="block h-2 rounded bg-green-700" style={{ width: `${a.readyPercent}%` }} />
                  </span>
                  <span className="text-slate-600">
                    ({a.ready}/{a.indicators})
                  </span>
                </span>
              </td>
              <td className="p-2 tabular-nums">
                {number(a.projected)} / {number(a.max)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
