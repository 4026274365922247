// Names each documented module after the package subpath it is published as
// (`@bluehelm/data/missions`), read from the `@bluehelm/source` export
// condition of the workspace packages, instead of its path in the repository.
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Converter, ReflectionKind } from "typedoc";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const PACKAGE_DIRS = ["packages/core", "packages/data", "packages/store", "packages/client", "apps/server", "apps/cli"];

/** Absolute source path → published import specifier. */
export function publishedNames() {
  const names = new Map();
  for (const dir of PACKAGE_DIRS) {
    const manifest = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const source = typeof target === "object" && target !== null ? target["@bluehelm/source"] : undefined;
      if (typeof source !== "string") continue;
      const specifier = subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
      names.set(resolve(root, dir, source), specifier);
    }
  }
  return names;
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  const names = publishedNames();
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      const file = module.sources?.[0]?.fullFileName;
      const name = file === undefined ? undefined : names.get(resolve(file));
      if (name !== undefined) module.name = name;
      else if (file !== undefined) app.logger.warn(`No published name for ${relative(root, file)}`);
    }
  });
}
