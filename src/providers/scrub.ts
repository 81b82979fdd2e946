// Cloud-neutral: what a provider failure may say. Configured secrets and secret-shaped strings
// are scrubbed from every message, and any failure leaves as a ProviderError whose cause is a
// plain Error (name, code, status, scrubbed message) — never the SDK's error object, which can
// carry the request, Authorization header included. Each cloud's errors.ts says what its codes
// mean and which strings look like its secrets.
import { ProviderError, type ProviderErrorCategory } from './errors.js';
import type { Scope } from './types.js';

/** Strings that must never reach a message (a cloud's configured keys, secrets and tokens). */
export type SecretList = readonly string[];

/** A secret's shape, and what it becomes. */
export interface SecretShape {
  pattern: RegExp;
  replacement: string;
}

/** Every configured secret of 4 characters or more, then every string of a secret's shape, replaced. */
export function redactWith(text: string, secrets: SecretList, shapes: readonly SecretShape[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  for (const { pattern, replacement } of shapes) out = out.replace(pattern, replacement);
  return out;
}

/** What a cloud's classifier says about one failure. */
export interface ErrorInfo {
  category: ProviderErrorCategory;
  /** The provider's error code, a network error code, or the error's name; never a secret. */
  code: string | null;
  status: number | undefined;
}

/** What wrapping one failure needs: its classification, and anything the cloud adds to the message and cause. */
export interface FailureFacts extends ErrorInfo {
  /** The provider's own message, when it has a better one than the error's. */
  message?: string | null;
  /** The ProviderError's providerCode, when it is not `code`. */
  providerCode?: string | null;
  /** Appended to the message (e.g. how many attempts were made). */
  suffix?: string;
  /** Set on the sanitised cause (status, reason …). */
  causeFields: Record<string, unknown>;
}

/**
 * `error` as a ProviderError for `operation` in `scope` (a ProviderError passes through as it is):
 * `<code>: <scrubbed message> (HTTP <status>)<suffix>`, with a sanitised cause.
 */
export function wrapFailure(
  error: unknown,
  scope: Scope,
  operation: string,
  scrub: (text: string) => string,
  describe: (error: unknown) => FailureFacts,
): ProviderError {
  if (error instanceof ProviderError) return error;
  const facts = describe(error);
  const raw = facts.message ?? (error instanceof Error ? error.message : String(error));
  const detail = scrub(raw || facts.code || 'request failed');
  const prefix = facts.code && !detail.startsWith(facts.code) ? `${facts.code}: ` : '';
  const status = facts.status !== undefined ? ` (HTTP ${facts.status})` : '';
  const providerCode = facts.providerCode === undefined ? facts.code : facts.providerCode;
  return new ProviderError(facts.category, scope, operation, providerCode, `${prefix}${detail}${status}${facts.suffix ?? ''}`, {
    cause: sanitisedCause(error, facts, scrub),
  });
}

/**
 * A cloud's `redact(text, secrets)` and `toProviderError(error, scope, operation, secrets)`, from
 * the shapes of its secrets and its classifier.
 */
export function failureHandling(shapes: readonly SecretShape[], describe: (error: unknown) => FailureFacts) {
  const redact = (text: string, secrets: SecretList): string => redactWith(text, secrets, shapes);
  const toProviderError = (error: unknown, scope: Scope, operation: string, secrets: SecretList = []): ProviderError =>
    wrapFailure(error, scope, operation, (text) => redact(text, secrets), describe);
  return { redact, toProviderError };
}

/** The cause kept on the ProviderError: the error's name, code, status and scrubbed message, not the error itself. */
function sanitisedCause(error: unknown, facts: FailureFacts, scrub: (text: string) => string): Error {
  const cause = new Error(scrub(facts.message ?? (error instanceof Error ? error.message : String(error))));
  cause.name = facts.code ?? (error instanceof Error ? error.name : 'Error');
  Object.assign(cause, facts.causeFields);
  return cause;
}
