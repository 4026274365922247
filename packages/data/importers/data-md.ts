import type { BuildResult } from "./build.js";

export function renderDataMd(_result: BuildResult): string {
  return "# @bluehelm/data\n";
}
