// Opaque page tokens (base64url JSON) bound to the operation and the query they came from: a token
// replayed against another query is refused with the cloud's own error.

interface TokenBody {
  a: string;
  o: number;
  f: number;
}

/** The token for the page of `action` that starts at `offset`, for the query with this fingerprint. */
export function encodePageToken(action: string, offset: number, fingerprint: number): string {
  return Buffer.from(JSON.stringify({ a: action, o: offset, f: fingerprint } satisfies TokenBody)).toString('base64url');
}

/** The offset a token stands for; `invalid(token)` is thrown for a token that is not one of this query's. */
export function decodePageToken(token: string, action: string, fingerprint: number, length: number, invalid: (token: string) => Error): number {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalid(token);
  }
  const t = body as Partial<TokenBody> | null;
  if (t?.a !== action || t.f !== fingerprint || typeof t.o !== 'number' || !Number.isInteger(t.o) || t.o < 0) {
    throw invalid(token);
  }
  // The data may have shrunk since (terminations): past the end is an empty last page, not an error.
  return Math.min(t.o, length);
}
