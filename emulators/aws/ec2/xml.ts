// A tiny XML writer for EC2 query-protocol responses. A response body is described as plain
// values whose keys are EC2's XML element names: objects become elements, arrays become
// `<item>` lists, Dates ISO-8601 with milliseconds (as EC2 writes them), and null/undefined
// members are left out.

export type XmlValue = string | number | boolean | Date | null | undefined | XmlValue[] | XmlObject;
export interface XmlObject {
  [element: string]: XmlValue;
}

export const EC2_XMLNS = 'http://ec2.amazonaws.com/doc/2016-11-15/';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;',
  );
}

function scalar(value: string | number | boolean | Date): string {
  if (value instanceof Date) return value.toISOString();
  return escapeXml(String(value));
}

export function element(name: string, value: XmlValue): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    if (value.length === 0) return `<${name}/>`;
    return `<${name}>${value.map((item) => element('item', item)).join('')}</${name}>`;
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    return `<${name}>${children(value)}</${name}>`;
  }
  return `<${name}>${scalar(value)}</${name}>`;
}

export function children(object: XmlObject): string {
  return Object.entries(object)
    .map(([name, value]) => element(name, value))
    .join('');
}

/** `<{Action}Response xmlns=…><requestId>…</requestId>…body…</{Action}Response>` */
export function ec2Response(action: string, requestId: string, body: XmlObject): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<${action}Response xmlns="${EC2_XMLNS}">${element('requestId', requestId)}${children(body)}</${action}Response>`
  );
}

/** EC2's error envelope. */
export function ec2ErrorResponse(code: string, message: string, requestId: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<Response><Errors><Error>${element('Code', code)}${element('Message', message)}</Error></Errors>` +
    `${element('RequestID', requestId)}</Response>`
  );
}

/** `tagSet` as EC2 writes it. */
export function tagSet(tags: readonly { key: string; value: string }[]): XmlValue[] {
  return tags.map((t) => ({ key: t.key, value: t.value }));
}
