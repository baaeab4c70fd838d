// The domain's vocabularies (lib/merit/words.ts) and the database enums must hold the same
// values: a value added on one side only would be accepted by a form and refused by the
// database, or stored and then shown without a label.
import { describe, expect, it } from "vitest";
import { EvaluationStatus, Evaluator, InstitutionType, NotEvaluatedReason } from "@/lib/generated/prisma/enums";
import { EVALUATION_STATUSES, EVALUATORS, INSTITUTION_TYPES, NOT_EVALUATED_REASONS } from "@/lib/merit";
import en from "@/lib/i18n/messages/en.json";
import id from "@/lib/i18n/messages/id.json";

const sorted = (values: readonly string[]) => [...values].sort();

describe("the domain's words", () => {
  it("are the database enums' values", () => {
    expect(sorted(INSTITUTION_TYPES)).toEqual(sorted(Object.values(InstitutionType)));
    expect(sorted(EVALUATORS)).toEqual(sorted(Object.values(Evaluator)));
    expect(sorted(NOT_EVALUATED_REASONS)).toEqual(sorted(Object.values(NotEvaluatedReason)));
    expect(sorted(EVALUATION_STATUSES)).toEqual(sorted(Object.values(EvaluationStatus)));
  });

  it("each have a label in both message files", () => {
    for (const messages of [id, en]) {
      expect(sorted(Object.keys(messages.types))).toEqual(sorted(INSTITUTION_TYPES));
      expect(sorted(Object.keys(messages.typesPlural))).toEqual(sorted(INSTITUTION_TYPES));
      expect(sorted(Object.keys(messages.evaluators))).toEqual(sorted(EVALUATORS));
      expect(sorted(Object.keys(messages.reasons))).toEqual(sorted(NOT_EVALUATED_REASONS));
    }
  });
});
