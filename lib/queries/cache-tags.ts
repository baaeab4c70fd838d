// Cache tags of public reads; writes invalidate exactly the tags they affect.
export const tags = {
  institution: (slug: string) => `institution:${slug}`,
  year: (year: number) => `year:${year}`,
  institutions: "institutions",
  schemes: "schemes",
} as const;
