// Typed examples of reading the API, shown on /data: TypeScript with types generated from
// the OpenAPI document, and Python with the same shapes as TypedDicts.
export function typescriptExample(base: string) {
  return `// npx openapi-typescript ${base}/api/v1/openapi.json -o jejak-merit.d.ts
import type { components } from "./jejak-merit";

type ResultPage = components["schemas"]["ResultPage"];
type ApiError = components["schemas"]["Error"];

const res = await fetch("${base}/api/v1/institutions?type=kota&province=33&per_page=100");
if (!res.ok) throw new Error(((await res.json()) as ApiError).message);
const page = (await res.json()) as ResultPage;
for (const r of page.items) {
  console.log(r.name, r.year, r.category, r.score ?? "—");
}`;
}

export function pythonExample(base: string) {
  return `import json
import urllib.error
import urllib.request
from typing import Optional, TypedDict


class Result(TypedDict):
    slug: str
    name: str
    type: str
    province: Optional[str]
    year: Optional[int]
    category: Optional[str]
    categoryCode: Optional[str]
    score: Optional[float]


class ResultPage(TypedDict):
    total: int
    page: int
    pageCount: int
    perPage: int
    items: list[Result]


url = "${base}/api/v1/institutions?type=kota&province=33&per_page=100"
try:
    with urllib.request.urlopen(url) as response:
        page: ResultPage = json.load(response)
except urllib.error.HTTPError as error:
    raise SystemExit(json.load(error)["message"])
for r in page["items"]:
    print(r["name"], r["year"], r["category"], r["score"])`;
}
