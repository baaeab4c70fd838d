// The fields of an evaluation's result, which follow its year's scheme: status and reason,
// the scores with the scale as a hint, the category the score suggests, and the aspects.
import { NOT_EVALUATED_REASONS, categoryForScore, parseScore, type SchemeDef } from "@/lib/merit";
import type { FieldErrors } from "@/lib/validation/fields";
import { formText as text, type EvaluationFormValues } from "./evaluation-values";
import { Field } from "./form-parts";
import { REASON_LABEL } from "./labels";

type Props = {
  values: EvaluationFormValues;
  set: (patch: Partial<EvaluationFormValues>) => void;
  errors: FieldErrors;
  scheme: SchemeDef | null;
};

export function ResultFields({ values, set, errors, scheme }: Props) {
  const score = parseScore(values.score);
  const suggested = scheme && score != null ? categoryForScore(scheme, score) : null;
  return (
    <>
      <Field label="Status" name="status" errors={errors}>
        {(a) => (
          <select {...a} value={values.status} onChange={(e) => set({ status: e.target.value as EvaluationFormValues["status"] })}>
            <option value="evaluated">Dinilai</option>
            <option value="not_evaluated">Tidak dinilai</option>
          </select>
        )}
      </Field>
      {values.status === "not_evaluated" ? (
        <Field label="Alasan tidak dinilai" name="notEvaluatedReason" errors={errors}>
          {(a) => (
            <select {...a} value={values.notEvaluatedReason} onChange={(e) => set({ notEvaluatedReason: e.target.value })}>
              <option value="">— pilih alasan —</option>
              {NOT_EVALUATED_REASONS.map((r) => (
                <option key={r} value={r}>
                  {REASON_LABEL[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <>
          <Field
            label="Nilai terverifikasi"
            name="score"
            errors={errors}
            hint={scheme ? `${text(scheme.scale.min)}–${text(scheme.scale.max)}, kelipatan ${text(scheme.scale.step)}; mis. 264,5` : undefined}
          >
            {(a) => <input {...a} inputMode="decimal" value={values.score} onChange={(e) => set({ score: e.target.value })} />}
          </Field>
          <Field label="Kategori" name="categoryCode" errors={errors} hint={suggested?.ok ? `Menurut nilai: ${suggested.category.name}` : "Kosongkan untuk mengikuti nilai."}>
            {(a) => (
              <select {...a} value={values.categoryCode} onChange={(e) => set({ categoryCode: e.target.value })}>
                <option value="">{suggested?.ok ? `Ikuti nilai (${suggested.category.name})` : "— ikuti nilai —"}</option>
                {scheme?.categories.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Nilai mandiri (self-assessment)" name="selfAssessedScore" errors={errors}>
            {(a) => <input {...a} inputMode="decimal" value={values.selfAssessedScore} onChange={(e) => set({ selfAssessedScore: e.target.value })} />}
          </Field>
        </>
      )}
    </>
  );
}

export function AspectScoreFields({ values, set, errors, scheme }: Props & { scheme: SchemeDef }) {
  return (
    <fieldset className="grid gap-3 rounded border border-slate-300 p-3 sm:grid-cols-2">
      <legend className="px-1 font-medium">Nilai per aspek (bila ada)</legend>
      {scheme.aspects.map((asp) => (
        <Field key={asp.code} label={asp.name} name={`aspectScores.${asp.code}`} errors={errors}>
          {(a) => (
            <input
              {...a}
              inputMode="decimal"
              value={values.aspectScores[asp.code] ?? ""}
              onChange={(e) => set({ aspectScores: { ...values.aspectScores, [asp.code]: e.target.value } })}
            />
          )}
        </Field>
      ))}
    </fieldset>
  );
}
