// The quoted strings both GCP filter languages (Compute list filters, Monitoring filters) share:
// single or double quotes, backslash escapes the next character.

/** Reads the string starting at `text[start]` (the opening quote); returns it and the index after the closing quote. */
export function readQuoted(text: string, start: number): { value: string; end: number } {
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
