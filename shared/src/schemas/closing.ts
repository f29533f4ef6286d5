import { z } from 'zod';
import { paragraphs } from './common';

/** Closing a need, with an optional message the invited experts read in their closing notice. */
export const closeNeedSchema = z.strictObject({
  message: paragraphs(1000).min(1).optional(),
});
export type CloseNeedInput = z.infer<typeof closeNeedSchema>;

/** When a need was closed, and the enterprise's message to the experts it invited. */
export const needClosingDtoSchema = z.object({
  closedAt: z.string(),
  message: z.string().optional(),
});
export type NeedClosingDto = z.infer<typeof needClosingDtoSchema>;
