import * as z from "zod";

import { SourceRef } from "./base.js";

export { AgencyType, Confidence, SourceRef, Stage, Text } from "./base.js";

/** A document the edition cites. */
export const Source = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  url: z.string().url().optional(),
  date: z.string().optional(),
  publisher: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

/** A number with its source. `value: null` means the number is unknown (confidence "unknown"). */
export const SourcedNumber = z.object({
  value: z.number().nullable(),
  source: SourceRef,
});
export type SourcedNumber = z.infer<typeof SourcedNumber>;

/** One end of an interval. */
export const Bound = z.object({
  value: z.number(),
  inclusive: z.boolean(),
});
export type Bound = z.infer<typeof Bound>;

/** An interval with explicit ends; a missing end is unbounded. */
export const Interval = z.object({
  min: Bound.optional(),
  max: Bound.optional(),
});
export type Interval = z.infer<typeof Interval>;
