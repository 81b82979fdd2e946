// Why an SNS delivery was refused, as the receiver answers it: 403 for a message we cannot trust,
// 502 when the cloud could not be reached to check or confirm it (SNS retries any 5xx).
// Messages name the check that failed, never the payload or a token.

/** The message is not authentic or not for us: unknown topic, untrusted URL, bad signature. */
export class SnsForbiddenError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'SnsForbiddenError';
  }
}

/** SNS itself could not be reached (signing certificate, SubscribeURL); worth a retry. */
export class SnsUpstreamError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'SnsUpstreamError';
  }
}
