import type { Endorsement, EventInput, InstrumentInput, PrincipleInput, Theme } from "@bluehelm/core";
import { EVENTS } from "../curated/events.js";
import { ENDORSEMENTS, INSTRUMENTS, PRINCIPLES, VANCOUVER_PRINCIPLES } from "../curated/instruments.js";
import { THEMES } from "../curated/themes.js";
import { PREPARATORY_EVENTS, SUMMIT_ENDORSEMENTS, SUMMIT_INSTRUMENTS, VANCOUVER_AIMS } from "../curated/figures.js";

export interface Framework {
  themes: readonly Theme[];
  events: readonly EventInput[];
  instruments: readonly InstrumentInput[];
  principles: readonly PrincipleInput[];
  endorsements: readonly Endorsement[];
}

/** The hand-curated framework collections (reviewed source files under curated/). */
export function buildFramework(): Framework {
  return {
    themes: [...THEMES, ...VANCOUVER_AIMS],
    events: [...EVENTS, ...PREPARATORY_EVENTS].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.id < b.id ? -1 : 1)),
    instruments: [...INSTRUMENTS, ...SUMMIT_INSTRUMENTS],
    principles: [...PRINCIPLES, ...VANCOUVER_PRINCIPLES],
    endorsements: [...ENDORSEMENTS, ...SUMMIT_ENDORSEMENTS],
  };
}
