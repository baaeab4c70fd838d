import { notFound } from "next/navigation";

// Any address under a language that no page claims (/tidak-ada, /en/nope): the branded
// not-found page of that language, inside the site's header, with a 404 status.
export default function UnknownPage(): never {
  notFound();
}
