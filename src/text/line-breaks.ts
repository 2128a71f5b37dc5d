// Line breaks as text files really have them: LF (Unix), CRLF (Windows) and a lone CR (classic Mac OS and
// some PDF converters). Every stage that walks lines uses this one definition, so a CR-only file is not read
// as a single giant line by one stage and as many lines by another.

export interface LineRange {
  /** First character of the line. */
  start: number;
  /** Just past the line's last character, before its line break. */
  end: number;
  /** Where the next line starts (after the line break), or `end` for the last line. */
  next: number;
}

/** True when `text` breaks lines with a CR that is not part of a CRLF pair anywhere in [from, to). */
export function hasLoneCr(text: string, from = 0, to = text.length): boolean {
  // A bounded scan: indexOf would search on past `to`, through the rest of a many-page file, for every page.
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) !== 10) return true;
  return false;
}

/**
 * Calls `visit` for every line of text[from, to), in order; `visit` may return false to stop. Fast path: a text
 * without lone CRs is split on LF with one indexOf per line.
 */
export function forEachLine(text: string, from: number, to: number, visit: (line: LineRange, index: number) => boolean | void): void {
  const loneCr = hasLoneCr(text, from, to);
  let start = from;
  for (let index = 0; ; index++) {
    let brk: number;
    if (loneCr) {
      brk = start;
      while (brk < to && text.charCodeAt(brk) !== 10 && text.charCodeAt(brk) !== 13) brk++;
    } else {
      const lf = text.indexOf('\n', start);
      brk = lf === -1 || lf >= to ? to : lf;
    }
    if (brk >= to) {
      visit({ start, end: to, next: to }, index);
      return;
    }
    const crlf = text.charCodeAt(brk) === 13 ? text.charCodeAt(brk + 1) === 10 && brk + 1 < to : brk > start && text.charCodeAt(brk - 1) === 13;
    let end = brk;
    let next = brk + 1;
    if (crlf && text.charCodeAt(brk) === 13) next = brk + 2;
    else if (crlf) end = brk - 1;
    if (visit({ start, end, next }, index) === false) return;
    start = next;
  }
}
