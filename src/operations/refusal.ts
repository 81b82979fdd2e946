// Why a mutation was not carried out, as a client sees it: one ErrorCode and what it needs to act
// (the permission, the limit, the state). Subgraphs turn it into a GraphQL error.
import type { ErrorCode } from '../errors/codes.js';

export class OperationRefusal extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
    /** Already in the audit log (an action the cloud refused once started). */
    readonly audited = false,
  ) {
    super(message);
    this.name = 'OperationRefusal';
  }
}
