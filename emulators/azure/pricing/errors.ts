// The Retail Prices API's error answers: `{"Error":{"Code","Message"}}` (not ARM's lower-case
// `error`); a $filter it cannot run is a 400 "Invalid OData parameters supplied". They extend
// ArmError so the server answers them like any other failure, in their own shape.
import { ArmError } from '../errors.js';

export class RetailPricesError extends ArmError {
  override body(): string {
    return JSON.stringify({ Error: { Code: this.code, Message: this.message } });
  }
}

export const retailErrors = {
  invalidFilter: () => new RetailPricesError(400, 'BadRequest', 'Invalid OData parameters supplied'),
  invalidCurrency: (code: string) => new RetailPricesError(400, 'BadRequest', `Invalid currency code '${code}'.`),
  invalidSkip: (value: string) => new RetailPricesError(400, 'BadRequest', `Invalid $skip value '${value}'.`),
  methodNotAllowed: (method: string) => new RetailPricesError(405, 'MethodNotAllowed', `The requested resource does not support http method '${method}'.`),
  throttled: (retryAfterSeconds: number) =>
    new RetailPricesError(429, 'TooManyRequests', `Rate limit is exceeded. Try again in ${retryAfterSeconds} seconds.`, {
      'retry-after': String(retryAfterSeconds),
    }),
  // The API is public (no role to lack): an injected 'forbidden' is a refusal in front of it, in the API's shape.
  forbidden: () => new RetailPricesError(403, 'Forbidden', 'The request is forbidden.'),
  unavailable: () => new RetailPricesError(503, 'ServiceUnavailable', 'The service is temporarily unavailable. Please retry the request after some time.'),
};
