// The part of OData $filter the Retail Prices API runs: `field eq 'value'`, `contains(field,
// 'text')`, `and`, `or` and parentheses, on the fields the API documents as filterable. Anything
// else (`not`, `ne`, other functions or fields) is refused as the API refuses it: 400 "Invalid
// OData parameters supplied". Values compare case-insensitively, as they do on the API unless an
// api-version from 2023-01-01-preview on is asked for.
import { retailErrors } from './errors.js';
import type { RetailMeter } from './meters.js';

export type FilterExpr =
  | { kind: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'eq' | 'contains'; field: keyof RetailMeter; value: string };

/** Filterable fields (matched case-insensitively) and the meter field each reads; `priceType` is the meter's `type`. */
const FIELDS: Readonly<Record<string, keyof RetailMeter>> = {
  armregionname: 'armRegionName',
  location: 'location',
  meterid: 'meterId',
  metername: 'meterName',
  productid: 'productId',
  skuid: 'skuId',
  productname: 'productName',
  skuname: 'skuName',
  servicename: 'serviceName',
  serviceid: 'serviceId',
  servicefamily: 'serviceFamily',
  pricetype: 'type',
  armskuname: 'armSkuName',
};

type Token = { kind: 'word'; text: string } | { kind: 'string'; text: string } | { kind: '(' | ')' | ',' };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: c });
      i++;
    } else if (c === "'") {
      let value = '';
      for (i++; ; i++) {
        if (i >= text.length) throw retailErrors.invalidFilter();
        if (text[i] !== "'") {
          value += text[i];
        } else if (text[i + 1] === "'") {
          value += "'";
          i++;
        } else {
          break;
        }
      }
      tokens.push({ kind: 'string', text: value });
      i++;
    } else {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i))?.[0];
      if (!word) throw retailErrors.invalidFilter();
      tokens.push({ kind: 'word', text: word });
      i += word.length;
    }
  }
  return tokens;
}

class Parser {
  private at = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): FilterExpr {
    const expr = this.or();
    if (this.at !== this.tokens.length) throw retailErrors.invalidFilter();
    return expr;
  }

  private or(): FilterExpr {
    let left = this.and();
    while (this.keyword('or')) left = { kind: 'or', left, right: this.and() };
    return left;
  }

  private and(): FilterExpr {
    let left = this.primary();
    while (this.keyword('and')) left = { kind: 'and', left, right: this.primary() };
    return left;
  }

  private primary(): FilterExpr {
    if (this.punct('(')) {
      const inner = this.or();
      this.expect(')');
      return inner;
    }
    if (this.keyword('contains')) {
      this.expect('(');
      const field = this.field();
      this.expect(',');
      const value = this.string();
      this.expect(')');
      return { kind: 'contains', field, value };
    }
    const field = this.field();
    if (!this.keyword('eq')) throw retailErrors.invalidFilter();
    return { kind: 'eq', field, value: this.string() };
  }

  private field(): keyof RetailMeter {
    const token = this.tokens[this.at++];
    const field = token?.kind === 'word' ? FIELDS[token.text.toLowerCase()] : undefined;
    if (!field) throw retailErrors.invalidFilter();
    return field;
  }

  private string(): string {
    const token = this.tokens[this.at++];
    if (token?.kind !== 'string') throw retailErrors.invalidFilter();
    return token.text;
  }

  private keyword(word: string): boolean {
    const token = this.tokens[this.at];
    if (token?.kind !== 'word' || token.text.toLowerCase() !== word) return false;
    this.at++;
    return true;
  }

  private punct(kind: '(' | ')' | ','): boolean {
    if (this.tokens[this.at]?.kind !== kind) return false;
    this.at++;
    return true;
  }

  private expect(kind: '(' | ')' | ','): void {
    if (!this.punct(kind)) throw retailErrors.invalidFilter();
  }
}

/** The parsed filter; null for none. Throws the API's 400 for anything outside the subset. */
export function parseFilter(text: string | null): FilterExpr | null {
  if (text === null || text.trim() === '') return null;
  return new Parser(tokenize(text)).parse();
}

export function matches(expr: FilterExpr | null, meter: RetailMeter, caseSensitive: boolean): boolean {
  if (expr === null) return true;
  switch (expr.kind) {
    case 'and':
      return matches(expr.left, meter, caseSensitive) && matches(expr.right, meter, caseSensitive);
    case 'or':
      return matches(expr.left, meter, caseSensitive) || matches(expr.right, meter, caseSensitive);
    default: {
      const fold = (s: string) => (caseSensitive ? s : s.toLowerCase());
      const actual = fold(String(meter[expr.field] ?? ''));
      return expr.kind === 'eq' ? actual === fold(expr.value) : actual.includes(fold(expr.value));
    }
  }
}

/** The one location an `armRegionName eq` names (for the request log); null for none or several. */
export function regionOf(expr: FilterExpr | null): string | null {
  const found = new Set<string>();
  const visit = (e: FilterExpr | null): void => {
    if (e === null) return;
    if (e.kind === 'and' || e.kind === 'or') {
      visit(e.left);
      visit(e.right);
    } else if (e.kind === 'eq' && e.field === 'armRegionName') {
      found.add(e.value.toLowerCase());
    }
  };
  visit(expr);
  return found.size === 1 ? [...found][0]! : null;
}
