// The shapes of the domain: a scheme (scale, ordered categories, aspects) and its parts.
export type CategoryDef = {
  code: string;
  name: string;
  nameEn: string;
  /** 1 = lowest; categories are ordinal. */
  rank: number;
  /** Inclusive lower bound of the band; the band ends at the next category's bound. */
  lowerBound: number;
  /** Years until the next evaluation after a result in this category (2 = biennial). */
  reevaluateAfterYears: number;
};

export type AspectDef = { code: string; name: string; nameEn: string; position: number; maxScore: number | null };

/** A named part of the score: a weight in percent, or subtracted (a correction) without one. */
export type ComponentDef = { code: string; name: string; nameEn: string; position: number; weightPercent: number | null; subtracted: boolean };

export type SchemeStatus = "draft" | "active";

export type SchemeDef = {
  code: string;
  name: string;
  nameEn: string;
  validFromYear: number;
  validToYear: number | null;
  scale: { min: number; max: number; step: number };
  categories: CategoryDef[];
  aspects: AspectDef[];
  /** The bands are not official yet; public pages label them as provisional. */
  provisional?: boolean;
  components?: ComponentDef[];
};
