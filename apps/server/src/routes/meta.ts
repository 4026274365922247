// The API about itself: the OpenAPI document, the reference page rendered
// from it, and the index at / (or the web client's page, for a browser).
import { ENTITY_KINDS } from "@bluehelm/core";
import { RESOURCES } from "@bluehelm/store";
import { ANALYTICS } from "../analytics.js";
import { CONTENT_TYPES } from "../formats.js";
import { header, send, type AppContext } from "../http.js";
import { referencePage } from "../reference.js";
import { routeGroup, type Deps } from "../routing.js";
import { acceptsHtml, type WebAssets, type WebFile } from "../web.js";

export function metaRoutes(deps: Deps, documentJson: () => string, web: WebAssets | undefined, sendWeb: (c: AppContext, file: WebFile) => Response) {
  const group = routeGroup(deps.routes);
  group.plain("get", "/openapi.json", (c) => send(c, 200, documentJson(), { "content-type": CONTENT_TYPES.json }));
  let page: string | undefined;
  group.plain("get", "/reference", (c) => {
    page ??= referencePage(JSON.parse(documentJson()) as Parameters<typeof referencePage>[0]);
    return send(c, 200, page, {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    });
  });
  group.plain("get", "/", (c) => {
    if (web && acceptsHtml(header(c, "accept"))) return sendWeb(c, web.index);
    return send(c, 200, JSON.stringify({
      name: "Bluehelm API",
      openapi: "/openapi.json",
      reference: "/reference",
      resources: Object.fromEntries(ENTITY_KINDS.map((k) => [RESOURCES[k].path, `/v1/${RESOURCES[k].path}`])),
      analytics: Object.fromEntries(Object.keys(ANALYTICS).map((k) => [k, `/v1/analytics/${k}`])),
      ...(web ? { web: "/" } : {}),
    }), { "content-type": CONTENT_TYPES.json, ...(web ? { vary: "Accept" } : {}) });
  });
  return group.app;
}
