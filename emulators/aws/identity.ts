// Who is calling: the access key id and credential scope of a SigV4-signed request. Signatures
// are not verified; the access key id names the sandbox account.

export interface SigV4Credential {
  accessKeyId: string;
  /** yyyymmdd */
  date: string;
  region: string;
  service: string;
}

const CREDENTIAL = /Credential=([^/\s,]+)\/(\d{8})\/([^/\s,]+)\/([^/\s,]+)\/aws4_request/;

/** From the `Authorization` header, or a presigned URL's `X-Amz-Credential`; null when the request is not SigV4-signed. */
export function parseSigV4Credential(authorization: string | undefined, url?: URL): SigV4Credential | null {
  const source =
    authorization ??
    (url?.searchParams.get('X-Amz-Credential') ? `Credential=${url.searchParams.get('X-Amz-Credential')}` : undefined);
  if (!source) return null;
  const m = CREDENTIAL.exec(source);
  if (!m) return null;
  return { accessKeyId: m[1]!, date: m[2]!, region: m[3]!, service: m[4]! };
}

/** The IAM user every sandbox access key belongs to. */
export function callerArn(account: string): string {
  return `arn:aws:iam::${account}:user/fleetgraph`;
}

/**
 * What IAM says when no policy of the caller allows `action` (e.g. `ec2:DescribeInstanceTypes`),
 * as the services word it since 2023; `resource` for the services that name one.
 */
export function notAuthorized(account: string, action: string, resource?: string): string {
  const on = resource ? ` on resource: ${resource}` : '';
  return `User: ${callerArn(account)} is not authorized to perform: ${action}${on} because no identity-based policy allows the ${action} action`;
}
