// The Decimal scalar: an exact decimal number, written as a string on the wire both ways.
import { GraphQLScalarType, Kind } from 'graphql';
import { badUserInput } from '../shared/errors.js';

const DECIMAL = /^-?\d+(\.\d+)?$/;

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL.test(value)) {
    throw badUserInput(`Decimal must be a decimal number written as a string, such as "12.50", got ${JSON.stringify(value)}`);
  }
  return value;
}

export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number written as a string, never a float.',
  serialize: (value) => parseDecimal(value),
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(ast.kind === Kind.STRING ? ast.value : undefined),
});

const DAY_TEXT = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: unknown): Date {
  const date = typeof value === 'string' && DAY_TEXT.test(value) ? new Date(`${value}T00:00:00.000Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw badUserInput(`Date must be a calendar day written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return date;
}

/** A calendar day in UTC: YYYY-MM-DD on the wire, UTC midnight inside. */
export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD, in UTC.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDay(value).toISOString().slice(0, 10)),
  parseValue: parseDay,
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : undefined),
});
