// The tokens both GCP filter languages (Compute list filters, Monitoring filters) are made of:
// parentheses, quoted strings (single or double quotes, a backslash escapes the next character),
// comparison operators, commas where a language has them, and words. Each language says where
// its words end and when an operator may stand.

export type FilterToken = { t: 'lp' } | { t: 'rp' } | { t: 'comma' } | { t: 'str'; v: string } | { t: 'op'; v: string } | { t: 'word'; v: string };

export interface TokenRules {
  /** Whether ',' is a token of its own (Monitoring's function arguments). */
  commas: boolean;
  /** Whether an operator may stand after the tokens read so far. */
  operatorAllowed(tokens: readonly FilterToken[]): boolean;
  /** The tokens of the word starting at `text[start]`, and the index after it. */
  word(text: string, start: number): { tokens: FilterToken[]; end: number };
}

const OPERATOR = /^(!=|>=|<=|=|>|<|:)/;

/** The tokens of `text`; throws an Error saying what is wrong when it cannot be read. */
export function tokenizeFilter(text: string, rules: TokenRules): FilterToken[] {
  const tokens: FilterToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || (c === ',' && rules.commas)) {
      tokens.push({ t: c === '(' ? 'lp' : c === ')' ? 'rp' : 'comma' });
      i++;
    } else if (c === '"' || c === "'") {
      const quoted = readQuoted(text, i);
      tokens.push({ t: 'str', v: quoted.value });
      i = quoted.end;
    } else {
      const op = OPERATOR.exec(text.slice(i));
      if (op && rules.operatorAllowed(tokens)) {
        tokens.push({ t: 'op', v: op[1]! });
        i += op[1]!.length;
      } else {
        const word = rules.word(text, i);
        tokens.push(...word.tokens);
        i = word.end;
      }
    }
  }
  return tokens;
}

/** Reads the string starting at `text[start]` (the opening quote); returns it and the index after the closing quote. */
function readQuoted(text: string, start: number): { value: string; end: number } {
  const quote = text[start];
  let j = start + 1;
  let value = '';
  while (j < text.length && text[j] !== quote) {
    if (text[j] === '\\' && j + 1 < text.length) {
      value += text[j + 1];
      j += 2;
    } else {
      value += text[j++];
    }
  }
  if (j >= text.length) throw new Error('unterminated string');
  return { value, end: j + 1 };
}
