import type { PledgeEventType, PledgeStatus } from "./codelists.js";
import type { Pledge, PledgeEvent } from "./schemas/pledge.js";
import { today } from "./dates.js";
import { makeIssue, type ValidationIssue } from "./validation/issues.js";

/**
 * Statuses in which a pledge is still open, in lifecycle order.
 *
 * @example
 * ```ts
 * import { OPEN_STATUSES } from "@bluehelm/core";
 *
 * console.log(OPEN_STATUSES.includes("deployed")); // true
 * ```
 */
export const OPEN_STATUSES: readonly PledgeStatus[] = Object.freeze([
  "announced",
  "registered",
  "assessed",
  "pcrs-level-3",
  "rapid-deployment",
  "deployed",
]);

/**
 * Statuses a pledge never leaves.
 *
 * @example
 * ```ts
 * import { TERMINAL_STATUSES } from "@bluehelm/core";
 *
 * console.log(TERMINAL_STATUSES); // ["fulfilled", "withdrawn", "lapsed"]
 * ```
 */
export const TERMINAL_STATUSES: readonly PledgeStatus[] = Object.freeze(["fulfilled", "withdrawn", "lapsed"]);

/**
 * The transition table: for each status, the statuses an event may move the
 * pledge to. Readiness only moves forward (a level may be skipped, since
 * registration in the PCRS is voluntary); withdrawn and lapsed are reachable
 * from every open status; fulfilled only from deployed; terminal statuses
 * have no way out. Amendments keep the status and are allowed while open.
 *
 * @example
 * ```ts
 * import { TRANSITIONS } from "@bluehelm/core";
 *
 * console.log(TRANSITIONS.deployed.includes("fulfilled")); // true
 * console.log(TRANSITIONS.fulfilled.length); // 0: terminal
 * ```
 */
export const TRANSITIONS: Readonly<Record<PledgeStatus, readonly PledgeStatus[]>> = Object.freeze({
  announced: ["registered", "assessed", "pcrs-level-3", "rapid-deployment", "deployed", "withdrawn", "lapsed"],
  registered: ["assessed", "pcrs-level-3", "rapid-deployment", "deployed", "withdrawn", "lapsed"],
  assessed: ["pcrs-level-3", "rapid-deployment", "deployed", "withdrawn", "lapsed"],
  "pcrs-level-3": ["rapid-deployment", "deployed", "withdrawn", "lapsed"],
  "rapid-deployment": ["deployed", "withdrawn", "lapsed"],
  deployed: ["fulfilled", "withdrawn", "lapsed"],
  fulfilled: [],
  withdrawn: [],
  lapsed: [],
});

/**
 * The status an event type moves a pledge to; `undefined` for events that keep it.
 *
 * @example
 * ```ts
 * import { EVENT_TARGET } from "@bluehelm/core";
 *
 * console.log(EVENT_TARGET.registered); // "registered"
 * console.log(EVENT_TARGET.amended); // undefined: an amendment keeps the status
 * ```
 */
export const EVENT_TARGET: Readonly<Record<PledgeEventType, PledgeStatus | undefined>> = Object.freeze({
  announced: undefined,
  registered: "registered",
  assessed: "assessed",
  "pcrs-level-3": "pcrs-level-3",
  "rapid-deployment": "rapid-deployment",
  deployed: "deployed",
  fulfilled: "fulfilled",
  withdrawn: "withdrawn",
  lapsed: "lapsed",
  amended: undefined,
});

/**
 * Whether an event of this type is legal for a pledge in this status.
 *
 * @example
 * ```ts
 * import { canApply } from "@bluehelm/core";
 *
 * console.log(canApply("deployed", "fulfilled")); // true
 * console.log(canApply("announced", "fulfilled")); // false: only a deployed pledge is fulfilled
 * ```
 */
export function canApply(from: PledgeStatus, type: PledgeEventType, isFirstEvent = false): boolean {
  if (type === "announced") return from === "announced" && isFirstEvent;
  if (type === "amended") return OPEN_STATUSES.includes(from);
  const target = EVENT_TARGET[type];
  return target !== undefined && TRANSITIONS[from].includes(target);
}

/**
 * One step of a pledge's status history.
 *
 * @example
 * ```ts
 * import { pledgeStatus, type StatusStep } from "@bluehelm/core";
 *
 * const pledge = { id: "example-pledge", announcedOn: "2017-11-15" };
 * const events = [
 *   { id: "e1", pledgeId: "example-pledge", type: "registered", date: "2018-02-01" },
 *   { id: "e2", pledgeId: "example-pledge", type: "deployed", date: "2019-06-30" },
 * ] as const;
 * const history: readonly StatusStep[] = pledgeStatus(pledge, events, { asOf: "2020-01-01" }).history;
 * console.log(history.map((step) => `${step.since} ${step.status}`));
 * ```
 */
export interface StatusStep {
  readonly status: PledgeStatus;
  readonly since: string;
  /** The event that led to this status; absent for the initial announcement. */
  readonly eventId?: string;
}

/**
 * The result of folding a pledge's history up to a date.
 *
 * @example
 * ```ts
 * import { pledgeStatus, type PledgeStatusResult } from "@bluehelm/core";
 *
 * const pledge = { id: "example-pledge", announcedOn: "2017-11-15" };
 * const events = [
 *   { id: "e1", pledgeId: "example-pledge", type: "registered", date: "2018-02-01" },
 *   { id: "e2", pledgeId: "example-pledge", type: "deployed", date: "2019-06-30" },
 * ] as const;
 * const result: PledgeStatusResult = pledgeStatus(pledge, events, { asOf: "2018-12-31" });
 * console.log(result.status, result.since); // "registered" "2018-02-01"
 * ```
 */
export interface PledgeStatusResult {
  /** The status as of the date; `undefined` when the pledge had not been announced yet. */
  readonly status: PledgeStatus | undefined;
  /** The date the current status began. */
  readonly since: string | undefined;
  /** Every status the pledge went through up to the date, oldest first. */
  readonly history: readonly StatusStep[];
  /** Illegal or out-of-order events met on the way; they were not applied. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Options of {@link pledgeStatus}.
 *
 * @example
 * ```ts
 * import { pledgeStatus, type PledgeStatusOptions } from "@bluehelm/core";
 *
 * const options: PledgeStatusOptions = { asOf: "2019-01-01" };
 * console.log(pledgeStatus({ id: "p", announcedOn: "2018-05-01" }, [], options).status); // "announced"
 * ```
 */
export interface PledgeStatusOptions {
  /** The date to answer for, `YYYY-MM-DD`; default today. */
  readonly asOf?: string;
  /** The path prefix of the events in issue paths; default `["events"]`. */
  readonly path?: readonly (string | number)[];
  /** The position of each event in the collection the path points to; default its index in `events`. */
  readonly indices?: readonly number[];
}

/**
 * The status of a pledge as of a date, folded from its append-only event
 * history (in the order the events were appended).
 *
 * Which events are legal is decided on the whole history, whatever the date
 * asked about: an illegal transition, an event dated before its predecessor or
 * before the announcement is reported as an issue and skipped. The legal
 * events then have non-decreasing dates, and the status as of `asOf` is the
 * one reached by those dated on or before it — so answers are consistent
 * across dates and a terminal status, once reached, stays. Never throws on
 * bad history.
 *
 * @example
 * ```ts
 * import { pledgeStatus } from "@bluehelm/core";
 *
 * const pledge = { id: "example-pledge", announcedOn: "2017-11-15" };
 * const events = [
 *   { id: "e1", pledgeId: "example-pledge", type: "registered", date: "2018-02-01" },
 *   { id: "e2", pledgeId: "example-pledge", type: "deployed", date: "2019-06-30" },
 * ] as const;
 * console.log(pledgeStatus(pledge, events, { asOf: "2017-12-31" }).status); // "announced"
 * console.log(pledgeStatus(pledge, events, { asOf: "2019-07-01" }).status); // "deployed"
 * ```
 */
export function pledgeStatus(
  pledge: Pick<Pledge, "id" | "announcedOn">,
  events: readonly Pick<PledgeEvent, "id" | "pledgeId" | "type" | "date">[],
  options: PledgeStatusOptions = {},
): PledgeStatusResult {
  const asOf = options.asOf ?? today();
  const prefix = options.path ?? ["events"];
  const issues: ValidationIssue[] = [];
  const steps: StatusStep[] = [{ status: "announced", since: pledge.announcedOn }];

  let current: PledgeStatus = "announced";
  let lastDate = pledge.announcedOn;
  let applied = 0;
  events.forEach((event, i) => {
    if (event.pledgeId !== pledge.id) return;
    const path = [...prefix, options.indices?.[i] ?? i];
    if (event.date < pledge.announcedOn) {
      issues.push(
        makeIssue("lifecycle.before-announcement", path, {
          event: event.id,
          date: event.date,
          announced: pledge.announcedOn,
        }),
      );
      return;
    }
    if (event.date < lastDate) {
      issues.push(makeIssue("lifecycle.out-of-order", path, { event: event.id, date: event.date, previous: lastDate }));
      return;
    }
    if (!canApply(current, event.type, applied === 0)) {
      issues.push(makeIssue("lifecycle.illegal-transition", path, { event: event.id, from: current, type: event.type }));
      return;
    }
    applied += 1;
    lastDate = event.date;
    const target = EVENT_TARGET[event.type];
    if (target !== undefined) {
      current = target;
      steps.push({ status: current, since: event.date, eventId: event.id });
    }
  });

  if (pledge.announcedOn > asOf) return { status: undefined, since: undefined, history: [], issues };
  const history = steps.filter((step) => step.since <= asOf);
  const last = history[history.length - 1]!;
  return { status: last.status, since: last.since, history, issues };
}

/**
 * Whether a status is open (the pledge can still move).
 *
 * @example
 * ```ts
 * import { isOpen } from "@bluehelm/core";
 *
 * console.log(isOpen("assessed")); // true
 * console.log(isOpen("withdrawn")); // false
 * ```
 */
export function isOpen(status: PledgeStatus): boolean {
  return OPEN_STATUSES.includes(status);
}
