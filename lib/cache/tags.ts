// Cache tags of public reads; writes invalidate exactly the tags they affect:
// the edited institution's page, and the dataset every list, year and home view derives from.
export const tags = {
  institution: (slug: string) => `institution:${slug}`,
  dataset: "dataset",
} as const;

const institutionPrefix = tags.institution("");

/** The slug an institution tag is for, or null for any other tag. */
export const slugOfTag = (tag: string) => (tag.startsWith(institutionPrefix) ? tag.slice(institutionPrefix.length) : null);
