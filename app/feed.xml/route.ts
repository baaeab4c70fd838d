// GET /feed.xml — Atom feed of the newest published results on the whole site (?lang=en in English).
import { feedResponse } from "@/lib/feeds/result-feed";

export function GET(request: Request) {
  return feedResponse(request, ["site"]);
}
