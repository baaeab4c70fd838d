// The part of madge's API the layer test uses (madge ships no types of its own).
declare module "madge" {
  type Config = { baseDir?: string; fileExtensions?: string[]; tsConfig?: string; excludeRegExp?: RegExp[] };
  type Result = { obj(): Record<string, string[]>; circular(): string[][] };
  export default function madge(paths: string | string[], config?: Config): Promise<Result>;
}
