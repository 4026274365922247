// A self-contained API reference page rendered on the server from the
// OpenAPI document: no script, no stylesheet or font from elsewhere, so it
// works offline and under a strict Content-Security-Policy.

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: { type?: string; enum?: unknown[] };
}
interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  security?: unknown[];
  requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: { $ref?: string; type?: string } }> }>;
}
interface Document {
  info: { title: string; version: string; description?: string };
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, { description?: string; properties?: Record<string, { description?: string }>; required?: string[] }> };
}

const esc = (s: string | number | boolean | null | undefined): string =>
  String(s ?? "").replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

const refName = (ref: string | undefined) => (ref ? ref.replace("#/components/schemas/", "") : undefined);

function operationHtml(method: string, path: string, op: Operation): string {
  const id = esc(op.operationId ?? `${method}-${path}`);
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? "yes" : ""}</td><td>${esc(p.description ?? "")}${
          p.schema?.enum ? ` <small>(${p.schema.enum.map((v) => esc(JSON.stringify(v))).join(", ")})</small>` : ""
        }</td></tr>`,
    )
    .join("");
  const body = op.requestBody?.content
    ? Object.entries(op.requestBody.content)
        .map(([type, c]) => `<p>Body: <code>${esc(type)}</code>${refName(c.schema?.$ref) ? ` — <a href="#schema-${esc(refName(c.schema?.$ref))}">${esc(refName(c.schema?.$ref))}</a>` : ""}</p>`)
        .join("")
    : "";
  const responses = Object.entries(op.responses ?? {})
    .map(([code, r]) => {
      const types = Object.entries(r.content ?? {})
        .map(([type, c]) => {
          const name = refName(c.schema?.$ref);
          return `<code>${esc(type)}</code>${name ? ` <a href="#schema-${esc(name)}">${esc(name)}</a>` : ""}`;
        })
        .join(", ");
      return `<li><b>${esc(code)}</b> ${esc(r.description ?? "")}${types ? ` — ${types}` : ""}</li>`;
    })
    .join("");
  return `<section class="op" id="${id}">
<h3><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code>${op.security?.length ? ' <span class="lock">bearer token</span>' : ""}</h3>
<p>${esc(op.summary ?? "")}</p>${op.description ? `<p class="d">${esc(op.description)}</p>` : ""}
${params ? `<table><thead><tr><th>Parameter</th><th>In</th><th>Required</th><th>Description</th></tr></thead><tbody>${params}</tbody></table>` : ""}
${body}<ul class="r">${responses}</ul></section>`;
}

/** The reference page of an OpenAPI document. */
export function referencePage(doc: Document): string {
  const byTag = new Map<string, string[]>();
  const toc = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = op.tags?.[0] ?? "Other";
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(method, path, op)]);
      toc.set(tag, [...(toc.get(tag) ?? []), `<li><a href="#${esc(op.operationId ?? `${method}-${path}`)}">${esc(method.toUpperCase())} ${esc(path)}</a></li>`]);
    }
  }
  const tags = [...(doc.tags ?? []).map((t) => t.name), ...[...byTag.keys()].filter((t) => !(doc.tags ?? []).some((x) => x.name === t))];
  const sections = tags
    .filter((t) => byTag.has(t))
    .map((t) => `<h2 id="tag-${esc(t)}">${esc(t)}</h2><p>${esc(doc.tags?.find((x) => x.name === t)?.description ?? "")}</p>${byTag.get(t)!.join("\n")}`)
    .join("\n");
  const schemas = Object.entries(doc.components?.schemas ?? {})
    .map(([name, s]) => {
      const props = Object.entries(s.properties ?? {})
        .map(([p, v]) => `<li><code>${esc(p)}</code>${s.required?.includes(p) ? " <small>required</small>" : ""}${v.description ? ` — ${esc(v.description)}` : ""}</li>`)
        .join("");
      return `<section class="schema" id="schema-${esc(name)}"><h3>${esc(name)}</h3>${s.description ? `<p>${esc(s.description)}</p>` : ""}${props ? `<ul>${props}</ul>` : ""}</section>`;
    })
    .join("\n");
  const nav = tags
    .filter((t) => toc.has(t))
    .map((t) => `<details open><summary>${esc(t)}</summary><ul>${toc.get(t)!.join("")}</ul></details>`)
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)} ${esc(doc.info.version)} — reference</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1b1f24;display:grid;grid-template-columns:18rem 1fr}
nav{position:sticky;top:0;height:100vh;overflow:auto;background:#f3f5f8;padding:1rem;font-size:13px;border-right:1px solid #d8dee4}
nav ul{list-style:none;padding-left:.5rem;margin:.25rem 0}main{padding:1.5rem 2rem;max-width:70rem}
code{font:13px ui-monospace,monospace;background:#eef1f4;padding:0 .25rem;border-radius:3px}
.op{border:1px solid #d8dee4;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}.op h3{margin:.25rem 0;font-size:15px}
.m{display:inline-block;min-width:3.5rem;text-align:center;color:#fff;border-radius:3px;font-size:12px;padding:.1rem .3rem}
.get{background:#1f6feb}.post{background:#1a7f37}.put{background:#9a6700}.delete{background:#cf222e}
.lock{font-size:12px;color:#9a6700;border:1px solid #d4a72c;border-radius:3px;padding:0 .3rem}
table{border-collapse:collapse;font-size:13px;margin:.5rem 0}td,th{border:1px solid #d8dee4;padding:.2rem .5rem;text-align:left;vertical-align:top}
.d{color:#57606a}.r{font-size:13px}.schema{border-top:1px solid #d8dee4}
</style></head>
<body><nav><p><b>${esc(doc.info.title)}</b> ${esc(doc.info.version)}</p><p><a href="/openapi.json">openapi.json</a> · <a href="#schemas">schemas</a></p>${nav}</nav>
<main><h1>${esc(doc.info.title)}</h1><p>${esc(doc.info.description ?? "")}</p>
<p>OpenAPI 3.1 document: <a href="/openapi.json"><code>/openapi.json</code></a>. Writes need <code>Authorization: Bearer &lt;token&gt;</code>.</p>
${sections}
<h2 id="schemas">Schemas</h2>${schemas}
</main></body></html>`;
}
