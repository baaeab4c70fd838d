// The published record as one plain value: every institution with its published
// evaluations, the schemes and the rounds results were announced in. Public views are
// computed from it.
import type { EvaluationStatus, InstitutionType, RoundDef, SchemeDef } from "@/lib/merit";

export type DatasetEvaluation = {
  /** Code of the round (Dataset.rounds). */
  round: string;
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

/** An announcement of results, with what was published about its handover. */
export type Round = RoundDef & {
  city: string | null;
  venue: string | null;
  sangatBaikCount: number | null;
  baikCount: number | null;
  totalCount: number | null;
  breakdown: string | null;
  notes: string | null;
  sourceUrls: string[];
};

export type Dataset = {
  schemes: SchemeDef[];
  provinces: { code: string; name: string; slug: string }[];
  institutions: DatasetInstitution[];
  /** Every round, earliest first (lib/merit compareRounds). */
  rounds: Round[];
  /** When the newest published evaluation was last changed. */
  updatedAt: string | null;
};
