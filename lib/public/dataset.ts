// The published record as one plain value: every institution with its published
// evaluations, the schemes and the ceremonies. Public views are computed from it.
import type { EvaluationStatus, InstitutionType, SchemeDef } from "@/lib/merit";

export type DatasetEvaluation = {
  year: number;
  schemeCode: string;
  status: EvaluationStatus;
  notEvaluatedReason: string | null;
  score: number | null;
  categoryCode: string | null;
};

export type DatasetInstitution = {
  slug: string;
  name: string;
  shortName: string | null;
  type: InstitutionType;
  status: "current" | "former";
  provinceCode: string | null;
  /** Normalised names and aliases, for search. */
  keys: string[];
  evaluations: DatasetEvaluation[];
};

export type Ceremony = {
  roundYear: number;
  date: string;
  city: string;
  venue: string | null;
  evaluator: string;
  sangatBaikCount: number | null;
  baikCount: number | null;
  totalCount: number | null;
  breakdown: string | null;
  sourceUrl: string;
  notes: string | null;
};

export type Dataset = {
  schemes: SchemeDef[];
  provinces: { code: string; name: string; slug: string }[];
  institutions: DatasetInstitution[];
  ceremonies: Ceremony[];
  /** When the newest published evaluation was last changed. */
  updatedAt: string | null;
};
