"use client";
// Saves the chart inside `#targetId` as SVG or PNG, from the SVG that Recharts drew. The
// interactive chart loads on intent, so a download first asks for it and waits for it.
import { CHART_INTENT } from "./chart-on-intent";

const NS = "http://www.w3.org/2000/svg";
const WAIT_MS = 10_000;

function askForChart(targetId: string) {
  document.querySelector(`#${CSS.escape(targetId)} [data-chart-box]`)?.dispatchEvent(new Event(CHART_INTENT));
}

/** The Recharts SVG inside `#targetId`, once it is drawn (null if it never comes). */
async function drawnSvg(targetId: string): Promise<SVGSVGElement | null> {
  askForChart(targetId);
  const until = Date.now() + WAIT_MS;
  while (Date.now() < until) {
    const svg = document.querySelector<SVGSVGElement>(`#${CSS.escape(targetId)} svg.recharts-surface`);
    if (svg && svg.getBoundingClientRect().width > 0) return svg;
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}

function serialise(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("xmlns", NS);
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute("width", String(Math.round(width)));
  copy.setAttribute("height", String(Math.round(height)));
  const bg = document.createElementNS(NS, "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", "#ffffff");
  copy.insertBefore(bg, copy.firstChild);
  copy.setAttribute("font-family", "system-ui, sans-serif");
  return new XMLSerializer().serializeToString(copy);
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function savePng(svgText: string, filename: string) {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = img.width * 2;
  canvas.height = img.height * 2;
  const ctx = canvas.getContext("2d")!;
  ctx.scale(2, 2);
  ctx.drawImage(img, 0, 0);
  canvas.toBlob((blob) => blob && save(blob, filename), "image/png");
}

export function ChartDownloads({ targetId, filename, labels }: { targetId: string; filename: string; labels: { svg: string; png: string } }) {
  const run = async (kind: "svg" | "png") => {
    const drawn = await drawnSvg(targetId);
    if (!drawn) return;
    const svg = serialise(drawn);
    if (kind === "svg") save(new Blob([svg], { type: "image/svg+xml" }), `${filename}.svg`);
    else void savePng(svg, `${filename}.png`);
  };
  const warm = () => askForChart(targetId);
  const button = "rounded border border-slate-400 px-2 py-1 text-xs hover:bg-slate-100";
  return (
    <span className="inline-flex gap-2">
      <button type="button" className={button} onPointerEnter={warm} onFocus={warm} onClick={() => void run("svg")}>
        {labels.svg}
      </button>
      <button type="button" className={button} onPointerEnter={warm} onFocus={warm} onClick={() => void run("png")}>
        {labels.png}
      </button>
    </span>
  );
}
