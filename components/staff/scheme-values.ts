// A scheme as its form holds it (numbers as people type them: "0,41"), shared by the
// server pages that fill the form and the form itself.
import type { SchemeDef } from "@/lib/merit";

export type CategoryRow = { code: string; name: string; nameEn: string; lowerBound: string; reevaluateAfterYears: string };
export type AspectRow = { code: string; name: string; nameEn: string; maxScore: string };
export type ComponentRow = { code: string; name: string; nameEn: string; weightPercent: string; subtracted: boolean };

export type SchemeFormValues = {
  code: string;
  name: string;
  nameEn: string;
  description: string;
  validFromYear: string;
  validToYear: string;
  scaleMin: string;
  scaleMax: string;
  scaleStep: string;
  provisional: boolean;
  categories: CategoryRow[];
  aspects: AspectRow[];
  components: ComponentRow[];
};

const text = (n: number | null) => (n == null ? "" : n.toLocaleString("id-ID", { useGrouping: false, maximumFractionDigits: 3 }));

/** A stored scheme as the form's values (numbers as people type them: "0,41"). */
export function schemeFormValues(def: SchemeDef, description: string | null): SchemeFormValues {
  return {
    code: def.code,
    name: def.name,
    nameEn: def.nameEn,
    description: description ?? "",
    validFromYear: String(def.validFromYear),
    validToYear: def.validToYear == null ? "" : String(def.validToYear),
    scaleMin: text(def.scale.min),
    scaleMax: text(def.scale.max),
    scaleStep: text(def.scale.step),
    provisional: def.provisional ?? false,
    categories: def.categories.map((c) => ({ code: c.code, name: c.name, nameEn: c.nameEn, lowerBound: text(c.lowerBound), reevaluateAfterYears: String(c.reevaluateAfterYears) })),
    aspects: def.aspects.map((a) => ({ code: a.code, name: a.name, nameEn: a.nameEn, maxScore: text(a.maxScore) })),
    components: (def.components ?? []).map((c) => ({ code: c.code, name: c.name, nameEn: c.nameEn, weightPercent: text(c.weightPercent), subtracted: c.subtracted })),
  };
}

export const emptyScheme: SchemeFormValues = {
  code: "",
  name: "",
  nameEn: "",
  description: "",
  validFromYear: "",
  validToYear: "",
  scaleMin: "0",
  scaleMax: "",
  scaleStep: "",
  provisional: false,
  categories: [{ code: "", name: "", nameEn: "", lowerBound: "0", reevaluateAfterYears: "1" }],
  aspects: [],
  components: [],
};
