// The OpenAPI 3.1 document of the API, generated from the routes' zod
// schemas (the core's record and wire schemas), rendered once per app.
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./http.js";

const TAGS = [
  { name: "Resources", description: "Every collection of the dataset" },
  { name: "Writes", description: "Pledges, pledge events and endorsements (editor role)" },
  { name: "Analytics", description: "The framework's questions, answered by the core" },
  { name: "Validation", description: "The core validation report for any input" },
  { name: "Audit", description: "Every write (admin role)" },
  { name: "Tokens", description: "The holder of a bearer token (any role), and the tokens themselves (admin role)" },
  { name: "Service", description: "Health and readiness" },
];

/** Registers what the routes refer to but do not declare (the bearer scheme). */
export function registerComponents(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", description: "A token made with `bluehelm-server token create` or `POST /v1/tokens`." });
}

/** The document as JSON text, generated on first use (every route is registered by then). */
export function openApiDocument(app: OpenAPIHono<AppEnv>, version: string): () => string {
  // A variable, not a literal argument: the generator's types predate OpenAPI 3.1's license identifier.
  const config = {
    openapi: "3.1.0" as const,
    info: {
      title: "Bluehelm API",
      version,
      description:
        "The typed system of record of the UN peacekeeping Protection of Civilians commitments framework: pledges and their lifecycle, endorsements, missions and mandates, contributions, and the framework's questions answered as of any date. Errors are RFC 9457 problem details carrying the validation report.",
      license: { name: "MIT", identifier: "MIT" },
    },
    tags: TAGS,
  };
  let text: string | undefined;
  return () => (text ??= JSON.stringify(app.getOpenAPI31Document(config)));
}
