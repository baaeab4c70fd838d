"use client";
// Form building blocks for staff forms: a labelled field whose error sits next to it and
// is announced, and the repeatable rows of sources and sub-scores.
import { useEffect, useId, useRef, useSyncExternalStore, type ReactNode } from "react";
import type { FieldErrors } from "@/lib/validation/fields";
import { inputClass, secondaryButtonClass } from "./labels";

export function Field(props: { label: string; name: string; errors?: FieldErrors; hint?: string; children: (attrs: FieldAttrs) => ReactNode }) {
  const id = useId();
  const messages = props.errors?.[props.name];
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div className="text-sm">
      <label htmlFor={id} className="block font-medium">
        {props.label}
      </label>
      {props.children({
        id,
        name: props.name,
        className: `${inputClass} ${messages ? "border-red-700" : ""}`,
        "aria-invalid": messages ? true : undefined,
        "aria-describedby": [messages ? errorId : null, props.hint ? hintId : null].filter(Boolean).join(" ") || undefined,
      })}
      {props.hint && (
        <p id={hintId} className="mt-1 text-slate-700">
          {props.hint}
        </p>
      )}
      {messages && (
        <p id={errorId} className="mt-1 text-red-800">
          {messages.join(" ")}
        </p>
      )}
    </div>
  );
}

const noSubscription = () => () => {};
/**
 * False in the server's HTML, true once React runs the form in the browser: the form marks
 * itself (`data-hydrated`) so that scripted visitors, the end-to-end tests among them, type
 * into the live form rather than into the server's copy React then replaces.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * A ref for a form that, whenever a new set of field errors arrives, moves focus to the
 * first marked field (scrolling it into view): the message by the button may be far below.
 */
export function useFocusFirstInvalid(errors: FieldErrors) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!Object.keys(errors).length) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  return form;
}

export type FieldAttrs = {
  id: string;
  name: string;
  className: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

export type SourceRow = { url: string; title: string; publisher: string; publishedAt: string; documentRef: string };
export type SubScoreRow = { code: string; name: string; value: string; scaleMax: string; label: string };

export const emptySource: SourceRow = { url: "", title: "", publisher: "", publishedAt: "", documentRef: "" };
export const emptySubScore: SubScoreRow = { code: "", name: "", value: "", scaleMax: "", label: "" };

/** Repeatable rows whose errors sit by their field ("sources.2.url"); a boolean cell is a checkbox. */
export function RowsEditor<Row extends Record<string, string | boolean>>(props: {
  legend: string;
  rows: Row[];
  empty: Row;
  prefix: string;
  errors?: FieldErrors;
  columns: { key: keyof Row & string; label: string; type?: string; inputMode?: "text" | "decimal" | "numeric" }[];
  addLabel: string;
  onChange: (rows: Row[]) => void;
  /** Said above the rows: an error about them all ("the weights add up to 95 %"). */
  note?: ReactNode;
}) {
  const { rows, onChange } = props;
  const setCell = (i: number, key: string, value: string | boolean) => onChange(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  return (
    <fieldset className="space-y-3 rounded border border-slate-300 p-3">
      <legend className="px-1 font-medium">{props.legend}</legend>
      {props.note}
      {rows.map((row, i) => (
        <div key={i} className="grid gap-2 border-b border-slate-200 pb-3 sm:grid-cols-2" role="group" aria-label={`${props.legend} ${i + 1}`}>
          {props.columns.map((c) =>
            typeof row[c.key] === "boolean" ? (
              <label key={c.key} className="flex items-center gap-2 self-end text-sm">
                <input type="checkbox" checked={row[c.key] as boolean} onChange={(e) => setCell(i, c.key, e.target.checked)} />
                {c.label}
              </label>
            ) : (
              <Field key={c.key} label={c.label} name={`${props.prefix}.${i}.${c.key}`} errors={props.errors}>
                {(attrs) => <input {...attrs} type={c.type ?? "text"} inputMode={c.inputMode} value={row[c.key] as string} onChange={(e) => setCell(i, c.key, e.target.value)} />}
              </Field>
            ),
          )}
          <div className="flex items-end">
            <button type="button" className={secondaryButtonClass} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              Hapus baris {i + 1}
            </button>
          </div>
        </div>
      ))}
      <button type="button" className={secondaryButtonClass} onClick={() => onChange([...rows, props.empty])}>
        {props.addLabel}
      </button>
    </fieldset>
  );
}
