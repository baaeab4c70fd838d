"use client";
// The national template of one scheme, aspect by aspect: admins add, change and remove
// indicators. A TanStack Query list, changed at once and put back if the server refuses.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { createTemplateIndicator, deleteTemplateIndicator, updateTemplateIndicator } from "@/lib/actions/readiness-template";
import type { TemplateAspect } from "@/lib/queries/readiness";
import { IndicatorFieldsForm } from "./indicator-fields-form";

type TemplateIndicator = TemplateAspect["indicators"][number];

const number = (n: number) => n.toLocaleString("id-ID", { maximumFractionDigits: 3 });
const refusal = (r: { error: string; fieldErrors?: Record<string, string[]> }) => Object.values(r.fieldErrors ?? {})[0]?.[0] ?? r.error;

export function TemplateEditor({ schemeCode, aspects }: { schemeCode: string; aspects: TemplateAspect[] }) {
  const client = useQueryClient();
  const key = ["readiness-template", schemeCode];
  const { data } = useQuery({ queryKey: key, queryFn: () => aspects, initialData: aspects, staleTime: Infinity });
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const setIndicators = (aspectId: string, change: (rows: TemplateIndicator[]) => TemplateIndicator[]) =>
    client.setQueryData<TemplateAspect[]>(key, (rows) => rows?.map((a) => (a.id === aspectId ? { ...a, indicators: change(a.indicators) } : a)));
  const remove = useMutation({
    mutationFn: async ({ indicator }: { aspectId: string; indicator: TemplateIndicator }) => {
      const result = await deleteTemplateIndicator({ id: indicator.id, version: indicator.version });
      if (!result.ok) throw new Error(result.error);
    },
    onMutate: async ({ aspectId, indicator }) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<TemplateAspect[]>(key);
      setIndicators(aspectId, (rows) => rows.filter((r) => r.id !== indicator.id));
      setError(null);
      return { previous };
    },
    onError: (e, _input, context) => {
      if (context?.previous) client.setQueryData(key, context.previous);
      setError(e.message);
    },
  });

  return (
    <div className="space-y-6">
      <p role={error ? "alert" : undefined} className="text-sm text-red-800">
        {error}
      </p>
      {data.map((aspect) => (
        <section key={aspect.id} aria-labelledby={`tpl-${aspect.code}`} className="space-y-2 rounded border border-slate-200 bg-white p-4">
          <h2 id={`tpl-${aspect.code}`} className="text-lg font-semibold">
            {aspect.name} {aspect.maxScore != null && <span className="text-sm font-normal text-slate-600">(maksimum aspek {number(aspect.maxScore)})</span>}
          </h2>
          <ol className="space-y-2 text-sm">
            {aspect.indicators.map((indicator) => (
              <li key={indicator.id} data-template-indicator={indicator.code} className="border-b border-slate-200 pb-2">
                {editing === indicator.id ? (
                  <IndicatorFieldsForm
                    initial={indicator}
                    submit="Simpan indikator"
                    onCancel={() => setEditing(null)}
                    onSubmit={async (fields) => {
                      const result = await updateTemplateIndicator({ id: indicator.id, version: indicator.version, ...fields });
                      if (!result.ok) {
                        const current = result.conflict as TemplateIndicator | undefined;
                        if (current) setIndicators(aspect.id, (rows) => rows.map((r) => (r.id === current.id ? current : r)));
                        return refusal(result);
                      }
                      setIndicators(aspect.id, (rows) => rows.map((r) => (r.id === indicator.id ? result.data : r)));
                      setEditing(null);
                      return null;
                    }}
                  />
                ) : (
                  <>
                    <p className="font-medium">
                      {indicator.title} <span className="font-normal text-slate-600">· maksimum {number(indicator.maxScore)}</span>
                    </p>
                    {indicator.guidance && <p className="text-slate-700">{indicator.guidance}</p>}
                    <p className="flex gap-3">
                      <button type="button" onClick={() => setEditing(indicator.id)} className="text-blue-800 underline">
                        Ubah<span className="sr-only"> {indicator.title}</span>
                      </button>
                      <button type="button" onClick={() => remove.mutate({ aspectId: aspect.id, indicator })} className="text-red-800 underline">
                        Hapus<span className="sr-only"> {indicator.title}</span>
                      </button>
                    </p>
                  </>
                )}
              </li>
            ))}
          </ol>
          <details className="text-sm">
            <summary className="cursor-pointer text-blue-800">
              Tambah indikator<span className="sr-only"> pada aspek {aspect.name}</span>
            </summary>
            <IndicatorFieldsForm
              submit="Tambah indikator templat"
              onSubmit={async (fields) => {
                const result = await createTemplateIndicator({ aspectId: aspect.id, ...fields });
                if (!result.ok) return refusal(result);
                setIndicators(aspect.id, (rows) => [...rows, result.data]);
                return null;
              }}
            />
          </details>
        </section>
      ))}
    </div>
  );
}
