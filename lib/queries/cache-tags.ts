// Cache tags of public reads; writes invalidate exactly the tags they affect:
// the edited institution's page, and the dataset every list, year and home view derives from.
export const tags = {
  institution: (slug: string) => `institution:${slug}`,
  dataset: "dataset",
} as const;

/** The slug an institution tag is for, or null for any other tag. */
export const slugOfTag = (tag: string) => (tag.startsWith("institution:") ? tag.slice("institution:".length) : null);
