// Reading what a cloud pushed: JSON, checked against a schema. What does not fit is reported by
// field path and what is wrong there, never by value: the values are the sender's payload.
import type { z } from 'zod';

/** A cloud's error for a payload it cannot use, made from the reason. */
export type Malformed = (reason: string) => Error;

export function parseJson(text: string, malformed: Malformed, reason = 'not valid JSON'): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw malformed(reason);
  }
}

/** `value` as `schema` reads it; `whole` names the payload in the reason when the whole of it is wrong. */
export function checkPayload<S extends z.ZodType>(schema: S, value: unknown, malformed: Malformed, whole: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw malformed(parsed.error.issues.map((issue) => `${issue.path.join('.') || whole}: ${issue.message}`).join('; '));
  return parsed.data;
}
