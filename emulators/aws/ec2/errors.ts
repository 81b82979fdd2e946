// EC2 API errors: a code, a message and the HTTP status EC2 answers with.
import { notAuthorized } from '../identity.js';

export class Ec2Error extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'Ec2Error';
  }
}

/** EC2 refuses a call whose filters carry more values than this, all filters together. */
export const MAX_FILTER_VALUES = 200;

export const ec2Errors = {
  invalidParameterValue: (message: string) => new Ec2Error('InvalidParameterValue', message),
  invalidParameterCombination: (message: string) => new Ec2Error('InvalidParameterCombination', message),
  filterLimitExceeded: (count: number) =>
    new Ec2Error('FilterLimitExceeded', `The maximum number of filter values specified on a single call is ${MAX_FILTER_VALUES}; the call had ${count}.`),
  invalidPaginationToken: (token: string) =>
    new Ec2Error('InvalidPaginationToken', `The pagination token '${token}' is invalid or has expired.`),
  invalidAction: (action: string) => new Ec2Error('InvalidAction', `The action ${action} is not valid for this web service.`),
  missingAction: () => new Ec2Error('MissingAction', 'The request must contain the parameter Action.'),
  authFailure: () =>
    new Ec2Error('AuthFailure', 'AWS was not able to validate the provided access credentials', 401),
  /** A role without the permission: EC2's 403, the IAM sentence after its own. */
  unauthorizedOperation: (account: string, action: string) =>
    new Ec2Error('UnauthorizedOperation', `You are not authorized to perform this operation. ${notAuthorized(account, `ec2:${action}`)}`, 403),
  missingAuthenticationToken: () =>
    new Ec2Error('MissingAuthenticationToken', 'The request must contain a valid (registered) AWS access key ID.', 401),
  dryRun: () => new Ec2Error('DryRunOperation', 'Request would have succeeded, but DryRun flag is set.', 412),
  throttled: () => new Ec2Error('RequestLimitExceeded', 'Request limit exceeded.', 503),
  unavailable: () => new Ec2Error('Unavailable', "The server is overloaded and can't handle the request.", 503),
  internal: () => new Ec2Error('InternalError', 'An internal error has occurred.', 500),
};
