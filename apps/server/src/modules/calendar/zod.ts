import { z } from 'zod';
import { isLocalDate } from './rules';

/** A legal date in a request: a real calendar day written YYYY-MM-DD. */
export const localDate = z.string().refine(isLocalDate, 'must be a real date YYYY-MM-DD');
