import { z } from 'zod';
import { idSchema } from '../schemas/common';

/** `:id` of the record a route acts on. */
export const idParams = z.strictObject({ id: idSchema });
