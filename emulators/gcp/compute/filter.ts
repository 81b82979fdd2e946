// Compute Engine's `filter` for list and aggregatedList. Two dialects that cannot be mixed:
//  - AIP-160 style: `field = value`, `!=`, `>`, `<`, `>=`, `<=`, `:` (`labels.owner:*` tests that a
//    key is set), parenthesised, combined by juxtaposition or AND (implicit AND) and OR — which, as
//    in AIP-160, binds tighter than AND: `(a = 1) OR (a = 2) AND (b = 3)` is `(a=1 OR a=2) AND b=3`.
//  - regular expressions: `field eq regex` / `field ne regex` (RE2, must match the whole value),
//    one bare expression or several parenthesised ones ANDed; no OR.
// Fields are paths into the resource's JSON (`labels.env`, `scheduling.automaticRestart`); an array
// on the way matches when any element does.
import { googleErrors } from '../errors.js';
import { tokenizeFilter, type FilterToken, type TokenRules } from '../filter-tokens.js';

type Op = '=' | '!=' | '>' | '<' | '>=' | '<=' | ':' | 'eq' | 'ne';

type Node =
  | { kind: 'and'; items: Node[] }
  | { kind: 'or'; items: Node[] }
  | { kind: 'not'; item: Node }
  | { kind: 'cmp'; field: string; op: Op; value: string };

export type ComputeFilter = (resource: unknown) => boolean;

export function parseComputeFilter(text: string | undefined): ComputeFilter {
  if (text === undefined || text.trim() === '') return () => true;
  const fail = () => googleErrors.invalidField('filter', text, 'Invalid list filter expression.');
  let tokens: FilterToken[];
  try {
    tokens = tokenizeFilter(text, COMPUTE_TOKENS);
  } catch {
    throw fail();
  }
  let pos = 0;
  const peek = () => tokens[pos];
  const isWord = (tok: FilterToken | undefined, word: string) => tok?.t === 'word' && tok.v === word;

  const parseConj = (): Node => {
    const items = [parseDisj()];
    for (;;) {
      const tok = peek();
      if (!tok || tok.t === 'rp') break;
      if (isWord(tok, 'AND')) pos++;
      items.push(parseDisj());
    }
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  };
  const parseDisj = (): Node => {
    const items = [parseUnary()];
    while (isWord(peek(), 'OR')) {
      pos++;
      items.push(parseUnary());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  };
  const parseUnary = (): Node => {
    const tok = peek();
    if (isWord(tok, 'NOT')) {
      pos++;
      return { kind: 'not', item: parseUnary() };
    }
    if (tok?.t === 'lp') {
      pos++;
      const inner = parseConj();
      if (peek()?.t !== 'rp') throw fail();
      pos++;
      return inner;
    }
    if (tok?.t !== 'word' || ['AND', 'OR'].includes(tok.v)) throw fail();
    pos++;
    let field = tok.v;
    let op: Op;
    const next = peek();
    if (next?.t === 'op') {
      op = next.v as Op;
      pos++;
    } else if (next?.t === 'word' && (next.v === 'eq' || next.v === 'ne')) {
      op = next.v;
      pos++;
    } else {
      // `field:value` and `field=value` written without spaces arrive as one word.
      const m = /^([A-Za-z_][\w.-]*)(!=|>=|<=|=|>|<|:)(.*)$/.exec(field);
      if (!m) throw fail();
      field = m[1]!;
      op = m[2] as Op;
      if (m[3]) return { kind: 'cmp', field, op, value: m[3] };
    }
    const value = peek();
    if (!value || (value.t !== 'word' && value.t !== 'str')) throw fail();
    pos++;
    return { kind: 'cmp', field, op, value: value.v };
  };

  const root = parseConj();
  if (pos !== tokens.length) throw fail();
  const ops = collectOps(root);
  const regex = ops.some((op) => op === 'eq' || op === 'ne');
  if (regex && (ops.some((op) => op !== 'eq' && op !== 'ne') || containsOr(root))) throw fail();
  const compiled = compile(root, fail);
  return compiled;
}

const COMPUTE_TOKENS: TokenRules = {
  commas: false,
  // After an operator comes a value, even one that starts like an operator.
  operatorAllowed: (tokens) => tokens.length === 0 || tokens[tokens.length - 1]!.t !== 'op',
  word(text, start) {
    let end = start;
    while (end < text.length && !/[\s()]/.test(text[end]!)) end++;
    const word = text.slice(start, end);
    // A word that ends in an operator followed by a space: `name= x` is still `name = x`.
    const trailing = /^([A-Za-z_][\w.-]*)(!=|>=|<=|=|>|<|:)$/.exec(word);
    const tokens: FilterToken[] = trailing ? [{ t: 'word', v: trailing[1]! }, { t: 'op', v: trailing[2]! }] : [{ t: 'word', v: word }];
    return { tokens, end };
  },
};

function collectOps(node: Node): Op[] {
  switch (node.kind) {
    case 'cmp':
      return [node.op];
    case 'not':
      return collectOps(node.item);
    default:
      return node.items.flatMap(collectOps);
  }
}

function containsOr(node: Node): boolean {
  if (node.kind === 'or') return true;
  if (node.kind === 'not') return containsOr(node.item);
  if (node.kind === 'and') return node.items.some(containsOr);
  return false;
}

function compile(node: Node, fail: () => Error): ComputeFilter {
  switch (node.kind) {
    case 'and': {
      const items = node.items.map((n) => compile(n, fail));
      return (r) => items.every((f) => f(r));
    }
    case 'or': {
      const items = node.items.map((n) => compile(n, fail));
      return (r) => items.some((f) => f(r));
    }
    case 'not': {
      const item = compile(node.item, fail);
      return (r) => !item(r);
    }
    case 'cmp':
      return comparison(node.field, node.op, node.value, fail);
  }
}

function comparison(field: string, op: Op, literal: string, fail: () => Error): ComputeFilter {
  const path = field.split('.');
  if (op === 'eq' || op === 'ne') {
    let re: RegExp;
    try {
      re = new RegExp(`^(?:${literal})$`);
    } catch {
      throw fail();
    }
    return (r) => {
      const matched = valuesAt(r, path).some((v) => re.test(v));
      return op === 'eq' ? matched : !matched;
    };
  }
  if (op === ':') {
    if (literal === '*') return (r) => valuesAt(r, path).length > 0;
    return (r) => valuesAt(r, path).some((v) => v === literal || v.includes(literal));
  }
  const numeric = literal !== '' && Number.isFinite(Number(literal));
  const compare = (v: string): number =>
    numeric && Number.isFinite(Number(v)) ? Number(v) - Number(literal) : v < literal ? -1 : v > literal ? 1 : 0;
  switch (op) {
    case '=':
      return (r) => valuesAt(r, path).some((v) => v === literal);
    case '!=':
      return (r) => !valuesAt(r, path).some((v) => v === literal);
    case '>':
      return (r) => valuesAt(r, path).some((v) => compare(v) > 0);
    case '<':
      return (r) => valuesAt(r, path).some((v) => compare(v) < 0);
    case '>=':
      return (r) => valuesAt(r, path).some((v) => compare(v) >= 0);
    case '<=':
      return (r) => valuesAt(r, path).some((v) => compare(v) <= 0);
  }
}

/** Every scalar at the path, as a string (arrays on the way fan out). */
function valuesAt(value: unknown, path: readonly string[]): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((v) => valuesAt(v, path));
  if (path.length === 0) return typeof value === 'object' ? [] : [String(value)];
  if (typeof value !== 'object') return [];
  return valuesAt((value as Record<string, unknown>)[path[0]!], path.slice(1));
}
