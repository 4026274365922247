// The published packages of the workspace, packed as users receive them and
// installed into fresh projects outside the workspace without the registry:
// each tarball is extracted into node_modules/<name>, and third-party
// dependencies are linked to the copies the workspace already installed.
import { execFile, execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The repository root. */
export const root = join(import.meta.dirname, "..", "..", "..");

/** The fields of a package.json the consumer tests read. */
export interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly type?: string;
  readonly bin?: string | Readonly<Record<string, string>>;
  readonly exports?: Readonly<Record<string, unknown>>;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
}

/** A published (non-private) package of packages/ or apps/. */
export interface PublishedPackage {
  readonly dir: string;
  readonly manifest: Manifest;
  /** Applications (apps/) are ESM-only; libraries (packages/) are dual ESM + CommonJS. */
  readonly app: boolean;
  /** The package name as a file name: `@bluehelm/core` → `bluehelm-core`. */
  readonly slug: string;
}

export const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

/** Every published package of the workspace, by name; packages that land later are found the same way. */
export function publishedPackages(): PublishedPackage[] {
  return ["packages", "apps"]
    .filter((group) => existsSync(join(root, group)))
    .flatMap((group) =>
      readdirSync(join(root, group), { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(join(root, group, e.name, "package.json")))
        .map((e) => ({ dir: join(root, group, e.name), app: group === "apps" })),
    )
    .map(({ dir, app }) => {
      const manifest = readJson<Manifest>(join(dir, "package.json"));
      return { dir, app, manifest, slug: manifest.name.replace(/^@/, "").replace(/\//g, "-") };
    })
    .filter((p) => p.manifest.private !== true)
    .sort((a, b) => (a.manifest.name < b.manifest.name ? -1 : 1));
}

/**
 * The import specifiers of a package's exports map: the package itself and
 * every subpath with code behind it (not `./package.json`, not wildcards).
 */
export function entrySpecifiers(manifest: Manifest): string[] {
  const keys = Object.keys(manifest.exports ?? { ".": "" });
  return keys.filter((k) => k !== "./package.json" && !k.includes("*")).map((k) => (k === "." ? manifest.name : `${manifest.name}/${k.slice(2)}`));
}

/** The pinned pnpm: the one on PATH when it is that version, otherwise through npx. */
export function pnpm(): { command: string; prefix: string[] } {
  const spec = readJson<{ packageManager: string }>(join(root, "package.json")).packageManager;
  const version = spec.split("@")[1];
  try {
    if (execFileSync("pnpm", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() === version) {
      return { command: "pnpm", prefix: [] };
    }
  } catch {
    // not on PATH
  }
  return { command: "npx", prefix: ["--yes", spec] };
}

/** Runs a command; resolves to its output, rejects with the output of a failure. */
export async function exec(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number }) {
  try {
    return await run(command, args, { ...options, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, timeout: options.timeout ?? 120_000 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${options.cwd}:\n${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}

/** Packs every package with `pnpm pack` into a directory; resolves to the tarball of each package name. */
export async function packAll(packages: readonly PublishedPackage[], destination: string): Promise<Map<string, string>> {
  const { command, prefix } = pnpm();
  const packed = await Promise.all(
    packages.map(async (p) => {
      const { stdout } = await exec(command, [...prefix, "pack", "--pack-destination", destination, "--json"], { cwd: p.dir });
      const { filename } = JSON.parse(stdout.slice(stdout.indexOf("{"))) as { filename: string };
      return [p.manifest.name, filename] as const;
    }),
  );
  return new Map(packed);
}

/** Where Node would find a dependency from a directory: the nearest node_modules holding it. */
function installedFrom(dir: string, name: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return realpathSync(candidate);
    if (dirname(at) === at) return undefined;
  }
}

function link(project: string, name: string, target: string): void {
  const at = join(project, "node_modules", name);
  if (existsSync(at)) return;
  mkdirSync(dirname(at), { recursive: true });
  symlinkSync(target, at, "dir");
}

/**
 * Installs the packed packages into a project without the registry: every
 * tarball is extracted into node_modules/<name> (with its bins linked as npm
 * does), and every third-party dependency or peer is linked to the copy the
 * workspace installed for that package. `extra` names more packages to link
 * from the workspace root (for example `@types/node`).
 */
export function installTarballs(project: string, packages: readonly PublishedPackage[], tarballs: ReadonlyMap<string, string>, extra: readonly string[] = []): void {
  const published = new Set(packages.map((p) => p.manifest.name));
  for (const p of packages) {
    const at = join(project, "node_modules", p.manifest.name);
    mkdirSync(at, { recursive: true });
    execFileSync("tar", ["-xzf", tarballs.get(p.manifest.name)!, "-C", at, "--strip-components=1"]);
    const packed = readJson<Manifest>(join(at, "package.json"));
    const bins = typeof packed.bin === "string" ? { [packed.name.replace(/^@[^/]+\//, "")]: packed.bin } : (packed.bin ?? {});
    for (const [name, file] of Object.entries(bins)) {
      const target = join(at, file);
      chmodSync(target, 0o755);
      mkdirSync(join(project, "node_modules", ".bin"), { recursive: true });
      symlinkSync(relative(join(project, "node_modules", ".bin"), target), join(project, "node_modules", ".bin", name));
    }
    const wanted = { ...packed.peerDependencies, ...packed.optionalDependencies, ...packed.dependencies };
    for (const dep of Object.keys(wanted)) {
      if (published.has(dep)) continue;
      const source = installedFrom(p.dir, dep);
      if (source === undefined) {
        if (packed.optionalDependencies?.[dep] !== undefined) continue;
        throw new Error(`${p.manifest.name} depends on ${dep}, which the workspace has not installed for it: run pnpm install`);
      }
      link(project, dep, source);
    }
  }
  for (const name of extra) {
    const source = installedFrom(root, name);
    if (source === undefined) throw new Error(`${name} is not installed at the workspace root`);
    link(project, name, source);
  }
}

/** Creates a project directory with a package.json. */
export function createProject(dir: string, manifest: Record<string, unknown>): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "consumer", version: "1.0.0", private: true, ...manifest }, null, 2)}\n`);
  return dir;
}
