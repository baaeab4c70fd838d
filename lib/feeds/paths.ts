// Where each Atom feed lives: fixed addresses outside the [locale] pages, with a dot so the
// rewrite onto them (next.config.ts) leaves them alone. English feeds add ?lang=en.
export const feedPath = {
  site: "/feed.xml",
  province: (slug: string) => `/feed/provinsi/${slug}.xml`,
  institution: (slug: string) => `/feed/instansi/${slug}.xml`,
};
