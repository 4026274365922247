/**
 * @bluehelm/server — the Bluehelm HTTP API: `createApp({ store })` returns a
 * Hono app to embed or serve; `listen(app.fetch)` serves it on Node.
 *
 * @packageDocumentation
 */
export { createApp } from "./app.js";
export type { CreateAppOptions } from "./app.js";
export type { ValidationOptions } from "./validation-limits.js";
export { listen } from "./serve.js";
export { WEB_CSP } from "./web.js";
export type { WebOptions } from "./web.js";
export type { RunningServer } from "./serve.js";
export { negotiate } from "./formats.js";
export type { Format } from "./formats.js";
export { PROBLEM_CONTENT_TYPE, PROBLEM_TYPES, problemType } from "./problem.js";
export type { Problem, ProblemSlug } from "./problem.js";
export type { AppEnv, Principal } from "./http.js";
export type { LogRecord, LogSink } from "./log.js";
