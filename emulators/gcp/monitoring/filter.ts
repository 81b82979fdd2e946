// Cloud Monitoring's time-series filter: selectors `project`, `metric.type`, `metric.label[s].KEY`,
// `resource.type`, `resource.label[s].KEY`; operators `=`, `!=`, `:` (has substring), `>`, `<`, `>=`,
// `<=`; right-hand sides a string, a number, or one of one_of(…), starts_with(…), ends_with(…),
// has_substring(…), monitoring.regex.full_match(…); AND (or juxtaposition), OR, NOT and parentheses,
// with NOT binding tightest, then AND, then OR. A time-series filter must name exactly one metric
// type with `metric.type = "…"` in its top-level conjunction.
import { googleErrors } from '../errors.js';
import { tokenizeFilter, type FilterToken, type TokenRules } from '../filter-tokens.js';

/** What a filter is evaluated against. */
export interface FilterSubject {
  project: readonly string[];
  metric: { type: string; labels: Record<string, string> };
  resource: { type: string; labels: Record<string, string> };
}

type Rhs =
  | { kind: 'value'; value: string }
  | { kind: 'fn'; name: string; args: string[] };

type Node =
  | { kind: 'and'; items: Node[] }
  | { kind: 'or'; items: Node[] }
  | { kind: 'not'; item: Node }
  | { kind: 'cmp'; selector: string; op: string; rhs: Rhs };

export interface ParsedFilter {
  metricType: string;
  matches(subject: FilterSubject): boolean;
}

const FUNCTIONS = new Set(['one_of', 'starts_with', 'ends_with', 'has_substring', 'monitoring.regex.full_match']);

export function parseMonitoringFilter(text: string): ParsedFilter {
  const invalid = (why: string) => googleErrors.invalidArgument(`Field filter had an invalid value of "${text}": ${why}`);
  let tokens: FilterToken[];
  try {
    tokens = tokenizeFilter(text, MONITORING_TOKENS);
  } catch (error) {
    throw invalid(error instanceof Error ? error.message : 'cannot be parsed');
  }
  let pos = 0;
  const peek = () => tokens[pos];
  const isWord = (tok: FilterToken | undefined, w: string) => tok?.t === 'word' && tok.v === w;

  const parseOr = (): Node => {
    const items = [parseAnd()];
    while (isWord(peek(), 'OR')) {
      pos++;
      items.push(parseAnd());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  };
  const parseAnd = (): Node => {
    const items = [parseUnary()];
    for (;;) {
      const tok = peek();
      if (!tok || tok.t === 'rp' || isWord(tok, 'OR')) break;
      if (isWord(tok, 'AND')) pos++;
      items.push(parseUnary());
    }
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  };
  const parseUnary = (): Node => {
    const tok = peek();
    if (isWord(tok, 'NOT')) {
      pos++;
      return { kind: 'not', item: parseUnary() };
    }
    if (tok?.t === 'lp') {
      pos++;
      const inner = parseOr();
      if (peek()?.t !== 'rp') throw invalid('unbalanced parentheses');
      pos++;
      return inner;
    }
    if (tok?.t !== 'word') throw invalid('expected a selector');
    pos++;
    const selector = normaliseSelector(tok.v);
    if (!selector) throw invalid(`unknown selector "${tok.v}"`);
    const op = peek();
    if (op?.t !== 'op') throw invalid(`expected an operator after "${tok.v}"`);
    pos++;
    return { kind: 'cmp', selector, op: op.v, rhs: parseRhs() };
  };
  const parseRhs = (): Rhs => {
    const tok = peek();
    if (tok?.t === 'str') {
      pos++;
      return { kind: 'value', value: tok.v };
    }
    if (tok?.t === 'word') {
      pos++;
      if (peek()?.t === 'lp') {
        if (!FUNCTIONS.has(tok.v)) throw invalid(`unknown function "${tok.v}"`);
        pos++;
        const args: string[] = [];
        while (peek()?.t !== 'rp') {
          const arg = peek();
          if (arg?.t !== 'str' && arg?.t !== 'word') throw invalid(`bad argument to ${tok.v}`);
          args.push(arg.v);
          pos++;
          if (peek()?.t === 'comma') pos++;
          else if (peek()?.t !== 'rp') throw invalid(`expected "," or ")" in ${tok.v}`);
        }
        pos++;
        if (args.length === 0) throw invalid(`${tok.v} needs an argument`);
        return { kind: 'fn', name: tok.v, args };
      }
      return { kind: 'value', value: tok.v };
    }
    throw invalid('expected a value');
  };

  const root = parseOr();
  if (pos !== tokens.length) throw invalid('unexpected text after the expression');
  const types = new Set(topLevelConjuncts(root).flatMap((n) => (n.kind === 'cmp' && n.selector === 'metric.type' && n.op === '=' && n.rhs.kind === 'value' ? [n.rhs.value] : [])));
  if (types.size !== 1) throw invalid('a time series filter must specify exactly one metric type (metric.type = "…")');
  const evaluate = compile(root, invalid);
  return { metricType: [...types][0]!, matches: evaluate };
}

function topLevelConjuncts(node: Node): Node[] {
  return node.kind === 'and' ? node.items.flatMap(topLevelConjuncts) : [node];
}

/** `metric.label.x` is an accepted spelling of `metric.labels.x`. */
function normaliseSelector(word: string): string | null {
  if (word === 'project' || word === 'metric.type' || word === 'resource.type') return word;
  const m = /^(metric|resource)\.labels?\.([A-Za-z0-9_\-./]+)$/.exec(word);
  return m ? `${m[1]}.labels.${m[2]}` : null;
}

function compile(node: Node, invalid: (why: string) => Error): (s: FilterSubject) => boolean {
  switch (node.kind) {
    case 'and': {
      const items = node.items.map((n) => compile(n, invalid));
      return (s) => items.every((f) => f(s));
    }
    case 'or': {
      const items = node.items.map((n) => compile(n, invalid));
      return (s) => items.some((f) => f(s));
    }
    case 'not': {
      const item = compile(node.item, invalid);
      return (s) => !item(s);
    }
    case 'cmp': {
      const test = predicate(node.op, node.rhs, invalid);
      const read = reader(node.selector);
      return (s) => {
        const values = read(s);
        if (node.op === '!=') return !values.some((v) => test(v));
        return values.some((v) => test(v));
      };
    }
  }
}

function reader(selector: string): (s: FilterSubject) => readonly string[] {
  if (selector === 'project') return (s) => s.project;
  if (selector === 'metric.type') return (s) => [s.metric.type];
  if (selector === 'resource.type') return (s) => [s.resource.type];
  const [owner, , key] = selector.split(/\.(labels)\./) as [string, string, string];
  return (s) => {
    const labels = owner === 'metric' ? s.metric.labels : s.resource.labels;
    const value = labels[key];
    return value === undefined ? [] : [value];
  };
}

function predicate(op: string, rhs: Rhs, invalid: (why: string) => Error): (v: string) => boolean {
  if (rhs.kind === 'fn') {
    if (op !== '=' && op !== '!=') throw invalid(`${rhs.name} needs = or !=`);
    switch (rhs.name) {
      case 'one_of':
        return (v) => rhs.args.includes(v);
      case 'starts_with':
        return (v) => v.startsWith(rhs.args[0]!);
      case 'ends_with':
        return (v) => v.endsWith(rhs.args[0]!);
      case 'has_substring':
        return (v) => v.includes(rhs.args[0]!);
      case 'monitoring.regex.full_match': {
        let re: RegExp;
        try {
          re = new RegExp(`^(?:${rhs.args[0]!})$`);
        } catch {
          throw invalid('bad regular expression');
        }
        return (v) => re.test(v);
      }
    }
    throw invalid(`unknown function ${rhs.name}`);
  }
  const literal = rhs.value;
  const numeric = Number.isFinite(Number(literal)) && literal !== '';
  const cmp = (v: string) => (numeric && Number.isFinite(Number(v)) ? Number(v) - Number(literal) : v.localeCompare(literal));
  switch (op) {
    case '=':
    case '!=':
      return (v) => v === literal;
    case ':':
      return (v) => v.includes(literal);
    case '>':
      return (v) => cmp(v) > 0;
    case '<':
      return (v) => cmp(v) < 0;
    case '>=':
      return (v) => cmp(v) >= 0;
    case '<=':
      return (v) => cmp(v) <= 0;
  }
  throw invalid(`unknown operator ${op}`);
}

const MONITORING_TOKENS: TokenRules = {
  commas: true,
  operatorAllowed: () => true,
  word(text, start) {
    let end = start;
    while (end < text.length && !/[\s(),=!<>:"']/.test(text[end]!)) end++;
    if (end === start) throw new Error(`unexpected "${text[start]}"`);
    return { tokens: [{ t: 'word', v: text.slice(start, end) }], end };
  },
};
