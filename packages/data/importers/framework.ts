import type { Endorsement, EventInput, InstrumentInput, PrincipleInput, Theme } from "@bluehelm/core";
import { EVENTS } from "../curated/events.js";
import { ENDORSEMENTS, INSTRUMENTS, PRINCIPLES, VANCOUVER_PRINCIPLES } from "../curated/instruments.js";
import { THEMES } from "../curated/themes.js";

export interface Framework {
  themes: readonly Theme[];
  events: readonly EventInput[];
  instruments: readonly InstrumentInput[];
  principles: readonly PrincipleInput[];
  endorsements: readonly Endorsement[];
}

/** The hand-curated framework collections (reviewed source files under curated/). */
export function buildFramework(): Framework {
  return { themes: THEMES, events: EVENTS, instruments: INSTRUMENTS, principles: [...PRINCIPLES, ...VANCOUVER_PRINCIPLES], endorsements: ENDORSEMENTS };
}
