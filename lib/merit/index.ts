// The merit-system domain: pure functions over schemes, scores and trajectories.
export * from "./types";
export * from "./scheme";
export * from "./scheme-rules";
export * from "./scheme-change";
export * from "./score";
export * from "./result";
export * from "./steps";
export * from "./cycle";
export * from "./trajectory";
export * from "./messages";
export * from "./verification";
export * from "./rounds";
export * from "./words";
export * from "./readiness";
