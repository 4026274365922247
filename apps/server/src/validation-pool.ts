// The validations of POST /v1/validate, run in worker threads so that a large
// body does not hold up the other requests: a few workers, a bounded queue in
// front of them, a time and memory limit on each validation. When no worker
// can be started, validations run on the request thread, one at a time, and
// the log says so once.
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";
import type { LogSink } from "./log.js";
import { runValidation, type ValidationJob, type ValidationOutcome } from "./validation-job.js";

/** The limits of the validation pool. */
export interface ValidationPoolOptions {
  /** Worker threads; 0 validates on the request thread. */
  readonly threads: number;
  /** Validations waiting for a worker; one more is refused with {@link ValidationBusy}. */
  readonly queue: number;
  /** The longest a validation may run before its worker is stopped ({@link ValidationTooCostly}). */
  readonly timeoutMs: number;
  /** The heap a worker may use, in MiB, before it is stopped ({@link ValidationTooCostly}). */
  readonly memoryMb: number;
  readonly log: LogSink;
}

/** The default number of worker threads: one fewer than the machine's cores, at least 1, at most 4. */
export const defaultThreads = (): number => Math.min(4, Math.max(1, availableParallelism() - 1));

/** How long an idle worker is kept. */
const IDLE_MS = 30_000;

/** Every worker is busy and the queue is full. */
export class ValidationBusy extends Error {}

/** A validation ran out of its time or memory. */
export class ValidationTooCostly extends Error {}

interface Pending {
  readonly job: ValidationJob;
  readonly resolve: (outcome: ValidationOutcome) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  /** Whether the worker has answered once (a worker that fails before that cannot start at all). */
  answered: boolean;
  current: (Pending & { readonly id: number }) | undefined;
  timer: NodeJS.Timeout | undefined;
}

/** How to start a worker: the built file next to this module, or, from the TypeScript sources, through tsx. */
function workerSource(): { readonly script: string | URL; readonly options: WorkerOptions } {
  const self = import.meta.url;
  if (!self.endsWith(".ts")) return { script: new URL("./validation-worker.js", self), options: {} };
  // From the sources (the repository's tests, tsx): the worker is TypeScript, loaded through tsx's CommonJS
  // hook with the workspace's source conditions. Outside the repository the server runs from dist.
  const tsx = createRequire(self).resolve("tsx/cjs/api");
  const file = fileURLToPath(new URL("./validation-worker.ts", self));
  return { script: `require(${JSON.stringify(tsx)}).register();\nrequire(${JSON.stringify(file)});`, options: { eval: true, execArgv: ["--conditions=@bluehelm/source"] } };
}

/**
 * Runs validations off the request thread. Workers start on the first validation, do not keep the process
 * alive, and are replaced when one is stopped.
 */
export class ValidationPool {
  readonly #options: ValidationPoolOptions;
  readonly #slots: Slot[] = [];
  readonly #waiting: Pending[] = [];
  #inline: boolean;
  #inlineRunning = false;
  #nextId = 1;

  constructor(options: ValidationPoolOptions) {
    this.#options = options;
    this.#inline = options.threads <= 0;
  }

  /** Whether validations run on the request thread (no worker could be started, or none was asked for). */
  get inline(): boolean {
    return this.#inline;
  }

  /** Validations running and waiting now. */
  get load(): { readonly running: number; readonly waiting: number } {
    const running = this.#inline ? (this.#inlineRunning ? 1 : 0) : this.#slots.filter((s) => s.current).length;
    return { running, waiting: this.#waiting.length };
  }

  /** Validates a body; rejects with {@link ValidationBusy} when the queue is full, {@link ValidationTooCostly} past the limits. */
  run(job: ValidationJob): Promise<ValidationOutcome> {
    return new Promise<ValidationOutcome>((resolve, reject) => {
      const pending: Pending = { job, resolve, reject };
      if (!this.#dispatch(pending)) {
        if (this.#waiting.length >= this.#options.queue) {
          reject(new ValidationBusy("Every validation worker is busy and the queue is full."));
          return;
        }
        this.#waiting.push(pending);
      }
    });
  }

  /** Starts a pending validation if a worker (or the request thread) is free; false when none is. */
  #dispatch(pending: Pending): boolean {
    if (this.#inline) {
      if (this.#inlineRunning) return false;
      this.#inlineRunning = true;
      // Later in this turn of the event loop, so that an answer already written goes out first.
      setImmediate(() => {
        try {
          pending.resolve(runValidation(pending.job));
        } catch (error) {
          pending.reject(error instanceof Error ? error : new Error(String(error)));
        } finally {
          this.#inlineRunning = false;
          this.#next();
        }
      });
      return true;
    }
    let slot = this.#slots.find((s) => !s.current);
    if (!slot && this.#slots.length < this.#options.threads) {
      try {
        slot = this.#start();
      } catch (error) {
        this.#toInline(error instanceof Error ? error : new Error(String(error)), []);
        return this.#dispatch(pending);
      }
    }
    if (!slot) return false;
    const id = this.#nextId++;
    if (slot.timer) clearTimeout(slot.timer);
    slot.current = { ...pending, id };
    slot.timer = setTimeout(() => this.#stop(slot, new ValidationTooCostly(`The validation took longer than ${this.#options.timeoutMs} ms.`)), this.#options.timeoutMs);
    slot.worker.postMessage({ id, job: pending.job });
    return true;
  }

  #next(): void {
    while (this.#waiting.length > 0) {
      const pending = this.#waiting[0]!;
      if (!this.#dispatch(pending)) return;
      this.#waiting.shift();
    }
  }

  #start(): Slot {
    const { script, options } = workerSource();
    const worker = new Worker(script, { ...options, resourceLimits: { maxOldGenerationSizeMb: this.#options.memoryMb } });
    worker.unref();
    const slot: Slot = { worker, answered: false, current: undefined, timer: undefined };
    this.#slots.push(slot);
    worker.on("message", (message: { readonly id: number; readonly outcome: ValidationOutcome }) => {
      const current = slot.current;
      if (!current || current.id !== message.id) return;
      slot.answered = true;
      this.#settle(slot);
      current.resolve(message.outcome);
      this.#next();
    });
    worker.on("error", (error: Error & { code?: string }) => {
      if (error.code === "ERR_WORKER_OUT_OF_MEMORY") this.#stop(slot, new ValidationTooCostly(`The validation needed more than ${this.#options.memoryMb} MiB.`));
      else this.#failed(slot, error);
    });
    worker.on("exit", (code) => {
      if (this.#slots.includes(slot)) this.#failed(slot, new Error(`A validation worker stopped (exit code ${code}).`));
    });
    return slot;
  }

  #settle(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.current = undefined;
    // An idle worker is stopped after a while, so a server that validates now and then holds no thread for it.
    slot.timer = setTimeout(() => {
      if (slot.current) return;
      this.#remove(slot);
      void slot.worker.terminate();
    }, IDLE_MS);
    slot.timer.unref();
  }

  /** Stops a worker that ran out of time or memory; its validation fails with the reason, the queue goes on with a new worker. */
  #stop(slot: Slot, reason: Error): void {
    const current = slot.current;
    this.#remove(slot);
    void slot.worker.terminate();
    current?.reject(reason);
    this.#next();
  }

  /**
   * A worker failed. One that never answered could not start (no built worker file, no way to load the
   * sources): validations move to the request thread, and the log says why. Otherwise its validation fails.
   */
  #failed(slot: Slot, error: Error): void {
    const current = slot.current;
    this.#remove(slot);
    void slot.worker.terminate();
    if (!slot.answered && !this.#inline) {
      this.#toInline(error, current ? [current] : []);
      this.#next();
      return;
    }
    current?.reject(error);
    this.#next();
  }

  /** From now on validations run on the request thread; those the workers held wait for it, first. */
  #toInline(error: Error, held: Pending[]): void {
    this.#inline = true;
    this.#options.log({ level: "warn", msg: "validation workers could not start; validating on the request thread", error: error.message });
    for (const s of this.#slots.splice(0)) {
      if (s.current) held.push(s.current);
      if (s.timer) clearTimeout(s.timer);
      void s.worker.terminate();
    }
    this.#waiting.unshift(...held);
  }

  #remove(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    const i = this.#slots.indexOf(slot);
    if (i >= 0) this.#slots.splice(i, 1);
  }

  /** Stops the workers; validations in flight fail. */
  async close(): Promise<void> {
    const slots = this.#slots.splice(0);
    for (const pending of this.#waiting.splice(0)) pending.reject(new ValidationBusy("The server is shutting down."));
    await Promise.all(slots.map(async (s) => {
      s.current?.reject(new ValidationBusy("The server is shutting down."));
      if (s.timer) clearTimeout(s.timer);
      await s.worker.terminate();
    }));
  }
}
