import { z } from 'zod';

// Text that PostgreSQL can store: no NUL bytes (text columns reject 0x00) and a length bound,
// so bad input is answered with 422 before it reaches the database.
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => !s.includes('\u0000'), { message: 'must not contain the NUL character' });

export const requiredText = (max: number) => text(max).pipe(z.string().min(1, 'must not be empty'));

export const uuid = z.uuid();

/** Calendar day as YYYY-MM-DD, validated as a real date. */
export const isoDate = z.iso.date();

/** ISO 4217 code, upper case. */
export const currencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as USD');

/** Money in integer minor units (cents) of the record's currency; bounded to stay exact in JS numbers. */
export const minorUnits = z.number().int().min(0).max(1_000_000_000_000_00);

export const email = z
  .email()
  .max(254)
  .transform((s) => s.toLowerCase());

export const pageLimit = z.coerce.number().int().min(1).max(500).default(50);

export const listResponse = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    next_cursor: z.string().nullable(),
    total: z.number().int(),
  });

export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponse>;

export const timestamps = {
  created_at: z.string(),
  updated_at: z.string(),
};

/** The path parameters of a route on one record. */
export const idParam = z.object({ id: uuid });

/** A whole list, not paged: `{ data: [...] }`. */
export const dataOf = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item) });

/** A page of a list read by cursor, without a total. */
export const cursorPageOf = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), next_cursor: z.string().nullable() });
/**
 * An update body: every field optional, but at least one given. An empty body would be an UPDATE with no
 * column to set (a 500); it is a 422 "nothing to change". `besides`: fields that confirm rather than change
 * (current_password). A refinement only, so the OpenAPI document keeps the object's shape.
 */
export const patchOf = <T extends z.ZodType<Record<string, unknown>>>(schema: T, besides: string[] = []) =>
  schema.refine((o) => Object.entries(o).some(([k, v]) => v !== undefined && !besides.includes(k)), {
    message: 'nothing to change',
  });
