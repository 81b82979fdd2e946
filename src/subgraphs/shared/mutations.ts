// What every mutation resolver does the same way: check the idempotency key, build the action from
// the arguments (a malformed id is refused, and audited), hand it to the operation runner as the
// caller, and turn a refusal into a GraphQL error with its code.
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../errors/codes.js';
import { InvalidIdError } from '../../providers/ids.js';
import type { ActionKind, ActionRequest } from '../../providers/types.js';
import { OperationRefusal, type Operation, type Operations } from '../../operations/index.js';
import type { SubgraphContext } from './context.js';
import { badUserInput, toGraphQLError } from './errors.js';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{1,64}$/;

export interface MutationArgs {
  idempotencyKey: string;
  dryRun?: boolean | null;
}

export async function mutate(
  context: SubgraphContext,
  kind: ActionKind,
  args: MutationArgs & Record<string, unknown>,
  build: () => ActionRequest,
  extra: { confirmName?: string } = {},
): Promise<Operation> {
  const operations = operationsOf(context);
  const audited = { kind, arguments: args };
  let request: ActionRequest;
  try {
    if (!IDEMPOTENCY_KEY.test(args.idempotencyKey)) throw badUserInput('idempotencyKey must be 1 to 64 of A-Z a-z 0-9 _ -', { argument: 'idempotencyKey' });
    request = build();
  } catch (error) {
    const refused = error instanceof InvalidIdError ? badUserInput(error.message, { id: error.id }) : error;
    if (refused instanceof GraphQLError) await operations.runner.refuseInvalid(context.caller, audited, refused.message);
    throw refused;
  }
  try {
    return await operations.runner.submit(context.caller, { ...audited, request, idempotencyKey: args.idempotencyKey, dryRun: args.dryRun ?? false, ...extra });
  } catch (error) {
    throw error instanceof OperationRefusal ? new GraphQLError(error.message, { extensions: { code: error.code, ...error.extensions } }) : toGraphQLError(error);
  }
}

export function operationsOf(context: SubgraphContext): Operations {
  if (!context.operations) throw new GraphQLError('Writes are not enabled in this process', { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  return context.operations;
}
