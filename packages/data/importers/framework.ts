import type { Endorsement, Event, Instrument, Principle, Theme } from "@bluehelm/core";

export interface Framework {
  themes: Theme[];
  events: Event[];
  instruments: Instrument[];
  principles: Principle[];
  endorsements: Endorsement[];
}

export function buildFramework(): Framework {
  return { themes: [], events: [], instruments: [], principles: [], endorsements: [] };
}
