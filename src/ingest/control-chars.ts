// Control characters are decided once, here at ingest, so that no later stage and no export meets them: C0
// controls other than tab, line feed, carriage return and form feed (the page break), DEL, the C1 controls and the
// noncharacters U+FFFE and U+FFFF — none of which XML may carry, and none of which a page's text needs — become
// U+FFFD, one character for one, so every offset into the text still points at the same place in the file.

const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;

export interface ControlReplacement {
  text: string;
  /** How many were replaced, and the first one (its code point and line), for the warning. */
  replaced: number;
  first?: { codePoint: number; line: number };
}

export function replaceControlChars(text: string): ControlReplacement {
  CONTROL.lastIndex = 0;
  const found = CONTROL.exec(text);
  if (!found) return { text, replaced: 0 };
  let replaced = 0;
  const clean = text.replace(CONTROL, () => (replaced++, '\ufffd'));
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < found.index; i = text.indexOf('\n', i + 1)) line++;
  return { text: clean, replaced, first: { codePoint: found[0].charCodeAt(0), line } };
}

/** The warning for a replacement, or undefined when nothing was replaced. */
export function controlCharsWarning(r: ControlReplacement): string | undefined {
  if (!r.first) return undefined;
  const hex = r.first.codePoint.toString(16).toUpperCase().padStart(4, '0');
  return `${r.replaced} control character(s) replaced by U+FFFD; the first, U+${hex}, on line ${r.first.line}`;
}
