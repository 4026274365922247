// The size limits of request bodies: whole UCDP GED files have a limit of
// their own (the official releases' country extracts run to megabytes), and
// so have the bodies of POST /v1/validate.
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { problemResponse, type AppContext, type AppEnv } from "../http.js";
import { problem } from "../problem.js";

/** The path whose bodies are validated, with a limit of its own. */
export const VALIDATE_PATH = "/v1/validate";

/** The paths whose bodies are GED files. */
export const FILE_PATHS: ReadonlySet<string> = new Set(["/v1/analytics/alerts", "/v1/imports/ucdp-ged"]);

const limitOf = (maxSize: number) =>
  bodyLimit({
    maxSize,
    // The rest of the body is not read: the connection is closed after the answer, so no client reuses it.
    onError: (c) => problemResponse(c as AppContext, problem("payload-too-large", 413, `The body is larger than ${maxSize} bytes.`), { Connection: "close" }),
  });

/**
 * Only requests that may carry a body go through the limit: it reads the
 * request's body stream, which makes @hono/node-server build a full Request
 * (an AbortSignal, undici headers) for every GET otherwise.
 */
export function limitBodies(maxBody: number, maxFileBody: number, maxValidateBody: number = maxBody): MiddlewareHandler<AppEnv> {
  const limitBody = limitOf(maxBody);
  const limitFile = limitOf(maxFileBody);
  const limitValidate = limitOf(maxValidateBody);
  return (c, next) => {
    const method = c.req.method;
    if (method === "GET" || method === "HEAD" || method === "OPTIONS") return next();
    const path = c.req.path;
    return (FILE_PATHS.has(path) ? limitFile : path === VALIDATE_PATH ? limitValidate : limitBody)(c, next);
  };
}
