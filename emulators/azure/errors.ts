// ARM's error answers: `{"error":{"code","message"}}` with the status ARM uses for the code. The
// Azure Monitor metrics data plane answers in the same shape.

export class ArmError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    /** The request field the error is about (InvalidParameter). */
    readonly target?: string,
  ) {
    super(message);
    this.name = 'ArmError';
  }

  body(): string {
    return JSON.stringify({ error: { code: this.code, message: this.message, ...(this.target ? { target: this.target } : {}) } });
  }
}

const CHALLENGE = (tenantId: string, description: string) =>
  `Bearer authorization_uri="https://login.microsoftonline.com/${tenantId}", error="invalid_token", error_description="${description}"`;

export const armErrors = {
  missingAuthorization: (tenantId: string) =>
    new ArmError(401, 'AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing.", {
      'www-authenticate': CHALLENGE(tenantId, "The authentication failed because of missing 'Authorization' header."),
    }),
  malformedAuthorization: (tenantId: string) =>
    new ArmError(401, 'AuthenticationFailed', "Authentication failed. The 'Authorization' header is provided in an invalid format.", {
      'www-authenticate': CHALLENGE(tenantId, "The authentication failed because of an invalid 'Authorization' header."),
    }),
  invalidToken: (tenantId: string) =>
    new ArmError(401, 'InvalidAuthenticationToken', 'The access token is invalid.', {
      'www-authenticate': CHALLENGE(tenantId, 'The access token is invalid.'),
    }),
  authorizationFailed: (objectId: string, action: string, scope: string) =>
    new ArmError(
      403,
      'AuthorizationFailed',
      `The client '${objectId}' with object id '${objectId}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
    ),
  subscriptionNotFound: (subscriptionId: string) =>
    new ArmError(404, 'SubscriptionNotFound', `The subscription '${subscriptionId}' could not be found.`),
  resourceGroupNotFound: (resourceGroup: string) =>
    new ArmError(404, 'ResourceGroupNotFound', `Resource group '${resourceGroup}' could not be found.`),
  resourceNotFound: (type: string, name: string, resourceGroup: string) =>
    new ArmError(
      404,
      'ResourceNotFound',
      `The Resource '${type}/${name}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    ),
  notFound: (path: string) => new ArmError(404, 'NotFound', `The requested path '${path}' does not exist.`),
  invalidResourceType: (type: string, namespace: string, apiVersion: string) =>
    new ArmError(400, 'InvalidResourceType', `The resource type '${type}' could not be found in the namespace '${namespace}' for api version '${apiVersion}'.`),
  methodNotAllowed: (method: string) =>
    new ArmError(405, 'MethodNotAllowed', `The requested method '${method}' is not allowed on this resource.`),
  invalidSkipToken: (token: string) => new ArmError(400, 'InvalidSkipToken', `The skip token '${token}' is invalid or does not belong to this query.`),
  badRequest: (message: string) => new ArmError(400, 'BadRequest', message),
  /** ARM's read throttling (per principal and subscription), with Retry-After in seconds. */
  throttled: (subscriptionId: string | null, objectId: string, retryAfterSeconds: number) =>
    new ArmError(
      429,
      'SubscriptionRequestsThrottled',
      `Number of 'read' requests for subscription '${subscriptionId ?? 'unknown'}' actor '${objectId}' exceeded. Please try again after '${retryAfterSeconds}' seconds after additional tokens are available. Refer to https://aka.ms/arm-throttling`,
      { 'retry-after': String(retryAfterSeconds), 'x-ms-ratelimit-remaining-subscription-reads': '0' },
    ),
  /** The metrics data plane's throttling answer. */
  metricsThrottled: (retryAfterSeconds: number) =>
    new ArmError(429, 'TooManyRequests', `Too many requests. Please retry after ${retryAfterSeconds} seconds.`, {
      'retry-after': String(retryAfterSeconds),
    }),
  unavailable: () =>
    new ArmError(503, 'ServiceUnavailable', 'The service is temporarily unavailable. Please retry the request after some time.'),
  internal: (message: string) => new ArmError(500, 'InternalServerError', message),
  // ---- writes ----
  /** The resource's state forbids the operation (Compute's 409 OperationNotAllowed). */
  operationNotAllowed: (message: string) => new ArmError(409, 'OperationNotAllowed', message),
  /** Another operation on the resource is still in progress. */
  conflict: (message: string) => new ArmError(409, 'Conflict', message),
  /** A regional vCPU quota the operation would pass (Compute answers it as OperationNotAllowed). */
  quotaExceeded: (location: string, limit: number, usage: number, required: number) =>
    new ArmError(
      409,
      'OperationNotAllowed',
      `Operation could not be completed as it results in exceeding approved Total Regional Cores quota. Additional details - Deployment Model: Resource Manager, Location: ${location}, Current Limit: ${limit}, Current Usage: ${usage}, Additional Required: ${required}, (Minimum) New Limit Required: ${usage + required}. Submit a request for Quota increase at https://aka.ms/ProdportalCRP/#blade/Microsoft_Azure_Capacity/UsageAndQuota.ReactView/Parameters/ to request an increase.`,
    ),
  skuNotAvailable: (size: string, location: string) =>
    new ArmError(
      409,
      'SkuNotAvailable',
      `The requested VM size for resource 'Following SKUs have failed for Capacity Restrictions: ${size}' is currently not available in location '${location}'. Please try another size or deploy to a different location or different zone. See https://aka.ms/azureskunotavailable for details.`,
    ),
  invalidParameter: (target: string, message: string) => new ArmError(400, 'InvalidParameter', message, {}, target),
  /** A write's body ARM cannot read. */
  invalidRequestContent: (message: string) => new ArmError(400, 'InvalidRequestContent', message),
};
