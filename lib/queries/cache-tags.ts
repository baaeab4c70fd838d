// Cache tags of public reads; writes invalidate exactly the tags they affect:
// the edited institution's page, and the dataset every list, year and home view derives from.
export const tags = {
  institution: (slug: string) => `institution:${slug}`,
  dataset: "dataset",
} as const;
