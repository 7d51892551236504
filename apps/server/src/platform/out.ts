/** Pieces of response schemas that many routes send alike. */
import { z } from 'zod';

/** Bilingual text (platform/i18n's Text): what a user reads, Chinese and English. */
export const textOut = z.object({ zh: z.string(), en: z.string() });
