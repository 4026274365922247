// A validation worker thread: validates the bodies the server posts to it, one at a time, off the request thread.
// Loaded as a CommonJS module from the sources (tests) and as an ES module from dist: no import.meta here.
import { parentPort } from "node:worker_threads";
import { runValidation, type ValidationJob } from "./validation-job.js";

const port = parentPort;
if (port) {
  port.on("message", (message: { readonly id: number; readonly job: ValidationJob }) => {
    port.postMessage({ id: message.id, outcome: runValidation(message.job) });
  });
}
