// Named query parameters as jobs.query receives them (`queryParameters[]`: name, parameterType
// {type, arrayType, structTypes}, parameterValue {value, arrayValues, structValues}), decoded by
// their declared types and checked against the types each query shape needs. Values keep SQL's
// NULL as null; timestamps become epoch milliseconds.
import { bigQueryErrors } from './errors.js';

export interface ParameterType {
  type?: string;
  arrayType?: ParameterType;
  structTypes?: { name?: string; type?: ParameterType }[];
}

export interface ParameterValue {
  value?: unknown;
  arrayValues?: ParameterValue[];
  structValues?: Record<string, ParameterValue>;
}

export interface QueryParameter {
  name?: string;
  parameterType?: ParameterType;
  parameterValue?: ParameterValue;
}

export type Decoded = string | number | null | Decoded[] | { [field: string]: Decoded };

/** `ARRAY<STRUCT<key STRING, accepted ARRAY<STRING>>>`, as BigQuery writes a type. */
export function typeText(t: ParameterType | undefined): string {
  const name = (t?.type ?? '').toUpperCase();
  if (name === 'ARRAY') return `ARRAY<${typeText(t?.arrayType)}>`;
  if (name === 'STRUCT') return `STRUCT<${(t?.structTypes ?? []).map((s) => `${s.name ?? ''} ${typeText(s.type)}`).join(', ')}>`;
  return name === 'INTEGER' ? 'INT64' : name;
}

/** The named parameters, each decoded, when each has exactly the type `wanted` names. */
export function namedParameters(
  mode: string | undefined,
  parameters: readonly QueryParameter[] | undefined,
  wanted: Readonly<Record<string, string>>,
): Record<string, Decoded> {
  if (mode !== undefined && mode.toUpperCase() !== 'NAMED') {
    throw bigQueryErrors.invalidQuery('Positional parameters are not supported by this query: it uses named parameters');
  }
  const byName = new Map((parameters ?? []).map((p) => [(p.name ?? '').toLowerCase(), p]));
  const out: Record<string, Decoded> = {};
  for (const [name, type] of Object.entries(wanted)) {
    const parameter = byName.get(name);
    if (!parameter) throw bigQueryErrors.invalidQuery(`Query parameter '${name}' not found`);
    const declared = typeText(parameter.parameterType);
    if (declared !== type) throw bigQueryErrors.invalidQuery(`Query parameter '${name}' has type ${declared}; this query needs ${type}`);
    out[name] = decode(parameter.parameterType!, parameter.parameterValue, name);
  }
  return out;
}

function decode(type: ParameterType, value: ParameterValue | undefined, name: string): Decoded {
  const kind = (type.type ?? '').toUpperCase();
  if (kind === 'ARRAY') return (value?.arrayValues ?? []).map((v) => decode(type.arrayType ?? {}, v, name));
  if (kind === 'STRUCT') {
    return Object.fromEntries((type.structTypes ?? []).map((s) => [s.name ?? '', decode(s.type ?? {}, value?.structValues?.[s.name ?? ''], name)]));
  }
  const raw = value?.value;
  if (raw === undefined || raw === null) return null;
  if (kind === 'TIMESTAMP') return timestampOf(String(raw), name);
  if (kind === 'INT64' || kind === 'INTEGER') return integerOf(raw, name);
  return String(raw);
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,12}))?\s*(Z|UTC|[+-]\d{2}(?::?\d{2})?)?$/i;

/** RFC 3339 or BigQuery's canonical form (`2026-01-01 00:00:00.000000+00:00`); no zone means UTC. */
export function timestampOf(text: string, name: string): number {
  const m = TIMESTAMP.exec(text.trim());
  const zone = m?.[4] && !/^(Z|UTC)$/i.test(m[4]) ? zoneOf(m[4]) : 'Z';
  const ms = m ? Date.parse(`${m[1]}T${m[2]}.${(m[3] ?? '').padEnd(3, '0').slice(0, 3)}${zone}`) : Number.NaN;
  if (Number.isNaN(ms)) throw bigQueryErrors.invalidQuery(`Invalid TIMESTAMP value for query parameter '${name}': ${text}`);
  return ms;
}

function zoneOf(offset: string): string {
  const digits = offset.replace(':', '');
  return digits.length === 3 ? `${digits}:00` : `${digits.slice(0, 3)}:${digits.slice(3)}`;
}

function integerOf(raw: unknown, name: string): number {
  const n = typeof raw === 'number' ? raw : /^-?\d+$/.test(String(raw)) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(n)) throw bigQueryErrors.invalidQuery(`Invalid INT64 value for query parameter '${name}': ${String(raw)}`);
  return n;
}
