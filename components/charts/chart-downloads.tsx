"use client";
// Saves the chart inside `#targetId` as SVG or PNG, from the SVG that Recharts drew.
const NS = "http://www.w3.org/2000/svg";

function chartSvg(targetId: string): string | null {
  const svg = document.querySelector(`#${CSS.escape(targetId)} svg.recharts-surface`);
  if (!svg) return null;
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
  const run = (kind: "svg" | "png") => {
    const svg = chartSvg(targetId);
    if (!svg) return;
    if (kind === "svg") save(new Blob([svg], { type: "image/svg+xml" }), `${filename}.svg`);
    else void savePng(svg, `${filename}.png`);
  };
  const button = "rounded border border-slate-400 px-2 py-1 text-xs hover:bg-slate-100";
  return (
    <span className="inline-flex gap-2">
      <button type="button" className={button} onClick={() => run("svg")}>
        {labels.svg}
      </button>
      <button type="button" className={button} onClick={() => run("png")}>
        {labels.png}
      </button>
    </span>
  );
}
