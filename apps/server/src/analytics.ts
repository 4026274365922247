// The analytics endpoints: one per question of the core registry (QUESTIONS),
// its query parameters and its answer. The adapter only parses the query and
// formats the answer; the questions, their parameters and the indicators are
// the core's.
import { KIND_OF, type Dataset, type EntityKind } from "@bluehelm/core";
import { QUESTIONS, type DatasetIndex, type QuestionInputs } from "@bluehelm/core/analytics";
import type { z } from "@hono/zod-openapi";

export interface AnalyticsEndpoint {
  readonly summary: string;
  readonly query: z.ZodObject;
  /** The collections the answer depends on (the core's `reads`). */
  readonly reads: readonly (keyof Dataset)[];
  /** The entity kinds stored as those collections: a write of one of them changes the answer. */
  readonly kinds: readonly EntityKind[];
  readonly run: (index: DatasetIndex, query: Record<string, unknown>) => unknown;
  /** For the questions the store answers from its tables kept on write (the core's `answerFrom`): no index needed. */
  readonly answerFrom?: (inputs: QuestionInputs, query: Record<string, unknown>) => Promise<unknown>;
}

/** The analytics endpoints by URL segment under `/v1/analytics/`. */
export const ANALYTICS: Readonly<Record<string, AnalyticsEndpoint>> = Object.freeze(
  Object.fromEntries(
    Object.entries(QUESTIONS).map(([name, q]) => {
      const endpoint: AnalyticsEndpoint = { summary: q.summary.en, query: q.params, reads: q.reads, kinds: q.reads.map((c) => KIND_OF[c]), run: (index, query) => q.run(index, query) };
      const from = q.answerFrom;
      return [name, from === undefined ? endpoint : { ...endpoint, answerFrom: (inputs: QuestionInputs, query: Record<string, unknown>) => from(inputs, query) }];
    }),
  ),
);
