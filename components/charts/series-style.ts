// How compared institutions are told apart: colour (Okabe–Ito, colour-blind safe), the
// line's dash pattern and the marker's shape, so colour is never the only signal.
import type { MarkerShape } from "./trajectory-types";

export const SERIES_COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#000000"];
export const SERIES_DASHES = ["", "6 3", "2 2", "8 3 2 3", "4 4", "1 3"];
export const SERIES_SHAPES: MarkerShape[] = ["circle", "square", "triangle", "diamond", "triangleDown", "cross"];

export const seriesStyle = (i: number) => ({
  color: SERIES_COLORS[i % SERIES_COLORS.length],
  dash: SERIES_DASHES[i % SERIES_DASHES.length],
  shape: SERIES_SHAPES[i % SERIES_SHAPES.length],
});
