/**
 * Reads the API reference the way `pnpm docs` builds it (the root
 * typedoc.json), lists the public exports of every published package with
 * their comments, and type-checks code blocks against the workspace packages.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { DeclarationReflection } from "typedoc";
import {
  Application,
  Comment,
  LogLevel,
  ReflectionKind,
  TSConfigReader,
  TypeDocReader,
  type ProjectReflection,
} from "typedoc";
import ts from "typescript";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const docsDir = resolve(root, "tooling", "docs");

/** The published packages, as named in the reference, with their directories. */
export const PUBLISHED = [
  { name: "@bluehelm/core", dir: "packages/core" },
  { name: "@bluehelm/data", dir: "packages/data" },
  { name: "@bluehelm/store", dir: "packages/store" },
  { name: "@bluehelm/client", dir: "packages/client" },
  { name: "@bluehelm/server", dir: "apps/server" },
  { name: "bluehelm", dir: "apps/cli" },
] as const;

export interface ApiExport {
  /** The module (import specifier) it is exported from, e.g. `@bluehelm/data/missions`. */
  readonly module: string;
  /** The package it belongs to, e.g. `@bluehelm/data`. */
  readonly pkg: string;
  readonly name: string;
  readonly kind: string;
  /** The summary text; empty when there is none. */
  readonly summary: string;
  /** The code of each fenced block in its `@example` tags. */
  readonly examples: readonly string[];
  /** Whether it has at least one `@example` tag. */
  readonly hasExample: boolean;
}

export interface ApiReport {
  readonly project: ProjectReflection | undefined;
  readonly warnings: number;
  readonly errors: number;
  readonly messages: readonly string[];
  readonly exports: readonly ApiExport[];
}

/** The package a module specifier belongs to (`@bluehelm/data/missions` → `@bluehelm/data`). */
export function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/** The code of every fenced block in some markdown (the fences' language is not checked). */
export function codeBlocks(markdown: string, languages: readonly string[] = ["ts", "typescript"]): string[] {
  const blocks: string[] = [];
  for (const match of markdown.matchAll(/^```(\w*)[^\n]*\n([\s\S]*?)^```/gm)) {
    if (languages.includes(match[1] ?? "")) blocks.push(match[2]!);
  }
  return blocks;
}

function commentOf(reflection: DeclarationReflection): Comment | undefined {
  if (reflection.comment) return reflection.comment;
  const signature = reflection.signatures?.find((s) => s.comment);
  if (signature) return signature.comment;
  if (reflection.type?.type === "reflection") return reflection.type.declaration.signatures?.find((s) => s.comment)?.comment;
  return undefined;
}

/**
 * Converts the published packages with the root typedoc.json (plugins,
 * validation and all), without rendering, and lists their exports.
 */
export async function readApi(): Promise<ApiReport> {
  const messages: string[] = [];
  const app = await Application.bootstrapWithPlugins({ options: join(root, "typedoc.json") }, [new TypeDocReader(), new TSConfigReader()]);
  const log = app.logger.log.bind(app.logger);
  app.logger.log = (message, level) => {
    if (level >= LogLevel.Warn) messages.push(String(message));
    log(message, level);
  };
  const project = await app.convert();
  if (project) app.validate(project);
  const exports: ApiExport[] = [];
  for (const module of project?.getChildrenByKind(ReflectionKind.Module) ?? []) {
    for (const child of module.children ?? []) {
      if (child.kindOf(ReflectionKind.Reference)) continue; // documented where it is declared
      const comment = commentOf(child);
      const tags = comment?.getTags("@example") ?? [];
      exports.push({
        module: module.name,
        pkg: packageOf(module.name),
        name: child.name,
        kind: ReflectionKind.singularString(child.kind),
        summary: Comment.combineDisplayParts(comment?.summary).trim(),
        examples: tags.flatMap((tag) => codeBlocks(Comment.combineDisplayParts(tag.content))),
        hasExample: tags.length > 0,
      });
    }
  }
  return { project, warnings: app.logger.warningCount, errors: app.logger.errorCount, messages, exports };
}

export interface Snippet {
  /** Where it comes from, for messages: `@bluehelm/core › pledgeStatus #1`, `packages/core/README.md #1`. */
  readonly label: string;
  readonly code: string;
}

export interface SnippetDiagnostic {
  readonly label: string;
  readonly message: string;
}

/**
 * Type-checks each snippet as its own module in a scratch project under
 * tooling/docs/.cache that resolves the workspace packages to their sources
 * (the `@bluehelm/source` condition), with the repository's strict options.
 */
export function typecheckSnippets(snippets: readonly Snippet[], scratch = "examples"): SnippetDiagnostic[] {
  const dir = join(docsDir, ".cache", scratch);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = new Map<string, string>();
  snippets.forEach((snippet, i) => {
    const file = join(dir, `snippet-${String(i).padStart(4, "0")}.ts`);
    // `export {}` makes each snippet a module (its own scope, top-level await allowed).
    writeFileSync(file, `${snippet.code}\nexport {};\n`);
    files.set(resolve(file), snippet.label);
  });
  const config = ts.readConfigFile(join(root, "tsconfig.base.json"), (path) => readFileSync(path, "utf8"));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram([...files.keys()], { ...parsed.options, noEmit: true, noUnusedLocals: false });
  const diagnostics: SnippetDiagnostic[] = [];
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const file = d.file ? resolve(d.file.fileName) : undefined;
    // Only the snippets: the packages' own sources are type-checked by their typecheck scripts.
    if (file !== undefined && !files.has(file)) continue;
    const label = file === undefined ? "(global)" : files.get(file)!;
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    diagnostics.push({
      label,
      message: `${where ? `line ${where.line + 1}: ` : ""}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
    });
  }
  return diagnostics;
}
