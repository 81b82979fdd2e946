// Trusted documents: a manifest of the operations a team's own frontends send (id → document, as
// GraphQL codegen's client preset or Relay writes it). With one configured, the gateway runs only
// those: a client sends `documentId` (or the APQ `extensions.persistedQuery.sha256Hash`) and
// anything else is refused.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ErrorCode } from '../errors/codes.js';

const manifestSchema = z.record(z.string().min(1), z.string().min(1));

export type TrustedDocuments = ReadonlyMap<string, string>;

/** The manifest at `path`; an unreadable or malformed one stops start-up with a message naming it. */
export async function loadTrustedDocuments(path: string): Promise<TrustedDocuments> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`server.trustedDocuments.manifest: cannot read ${path}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`server.trustedDocuments.manifest: ${path} is not JSON`);
  }
  const manifest = manifestSchema.safeParse(parsed);
  if (!manifest.success) throw new Error(`server.trustedDocuments.manifest: ${path} must be a JSON object of document id → GraphQL document`);
  return new Map(Object.entries(manifest.data));
}

/** The runtime's `persistedDocuments` option over a loaded manifest. */
export function persistedDocumentsOption(documents: TrustedDocuments) {
  return {
    getPersistedOperation: (id: string) => documents.get(id) ?? documents.get(id.replace(/^sha256:/, '')) ?? null,
    allowArbitraryDocuments: false,
    customErrors: {
      notFound: { message: 'Unknown document id: only the operations in the trusted documents manifest run here', extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_FOUND } },
      persistedQueryOnly: {
        message: 'Only trusted documents run here: send a documentId from the manifest instead of a query',
        extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_FOUND },
      },
      keyNotFound: { message: 'Send a documentId from the trusted documents manifest', extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_FOUND } },
    },
  };
}
