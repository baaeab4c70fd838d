// The domain's closed vocabularies, declared once: every schema, parser, seed and API
// contract takes its values from here, and the database enums must hold the same values
// (lib/evaluations/enums.test.ts compares them). Their labels are in the message files (lib/i18n/messages),
// never next to a form.
export const INSTITUTION_TYPES = ["kementerian", "lembaga", "provinsi", "kabupaten", "kota"] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

/** Province, regency and city governments: the types that belong to a province. */
export const REGIONAL_TYPES = ["provinsi", "kabupaten", "kota"] as const satisfies readonly InstitutionType[];
export type RegionalType = (typeof REGIONAL_TYPES)[number];

/** Who evaluated: KASN until its dissolution in 2024, then KemenPAN-RB and BKN; a provincial BKD for provincial awards. */
export const EVALUATORS = ["kasn", "kemenpanrb_bkn", "bkd_provinsi"] as const;
export type Evaluator = (typeof EVALUATORS)[number];

export const NOT_EVALUATED_REASONS = ["biennial_cycle", "not_submitted", "other"] as const;
export type NotEvaluatedReason = (typeof NOT_EVALUATED_REASONS)[number];

export const EVALUATION_STATUSES = ["evaluated", "not_evaluated"] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];
