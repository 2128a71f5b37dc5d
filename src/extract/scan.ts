// Bounded scans for the recognizers: a check about a span (a candidate, a measure's word) reads the span, not the
// whole text. `text.lastIndexOf(w, from)` compared with the span's start reads back to the text's start whenever
// the word is not in the span: on a long article, once per candidate, that is quadratic.

/**
 * The last offset in [lowest, from] at which `text` holds `word`, or -1: `text.lastIndexOf(word, from)` where that
 * is ≥ lowest, without reading the text before `lowest`.
 */
export function lastIndexWithin(text: string, word: string, from: number, lowest: number): number {
  // (As lastIndexOf, a negative `from` is 0 and one past the end is the last place the word fits.)
  const top = Math.min(Math.max(from, 0), text.length - word.length);
  const first = word.charCodeAt(0);
  for (let i = top; i >= lowest && i >= 0; i--) {
    if (word.length === 0) return i;
    if (text.charCodeAt(i) === first && text.startsWith(word, i)) return i;
  }
  return -1;
}

/**
 * Spans sorted by start with the furthest end reached so far: whether any of them overlaps [start, end) in
 * O(log n), as `spans.some((s) => s.start < end && start < s.end)` answers it in O(n).
 */
export class OverlapIndex {
  private readonly starts: Float64Array;
  private readonly maxEnd: Float64Array;

  constructor(spans: ReadonlyArray<{ start: number; end: number }>) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = new Float64Array(sorted.length);
    this.maxEnd = new Float64Array(sorted.length);
    let far = -Infinity;
    sorted.forEach((s, i) => {
      this.starts[i] = s.start;
      far = Math.max(far, s.end);
      this.maxEnd[i] = far;
    });
  }

  /** Some span has start < end and end > start. */
  overlaps(start: number, end: number): boolean {
    // k = the number of spans starting before `end`.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnd[lo - 1]! > start;
  }
}

/** Below this many spans a plain scan is cheaper than sorting them. */
const SCAN_BELOW = 24;

/**
 * The spans that overlap [start, end), found without reading all of them: sorted by start once (on the first
 * question, and only when there are many), with the furthest end reached so far, so a search stops where no
 * earlier span reaches the range. For checks asked at every recurrence of a name on a long article.
 */
export class SpanIndex<T extends { start: number; end: number }> {
  private sorted?: T[];
  private maxEnd?: Float64Array;

  constructor(private readonly spans: readonly T[]) {}

  /** Every span with s.start < end && start < s.end, pushed to `out` (in no particular order). */
  overlapping(start: number, end: number, out: T[] = []): T[] {
    const { spans } = this;
    if (spans.length < SCAN_BELOW) {
      for (const s of spans) if (s.start < end && start < s.end) out.push(s);
      return out;
    }
    if (!this.sorted) {
      this.sorted = [...spans].sort((a, b) => a.start - b.start);
      this.maxEnd = new Float64Array(this.sorted.length);
      let far = -Infinity;
      for (let i = 0; i < this.sorted.length; i++) this.maxEnd[i] = far = Math.max(far, this.sorted[i]!.end);
    }
    const sorted = this.sorted;
    const maxEnd = this.maxEnd!;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && maxEnd[i]! > start; i--) if (sorted[i]!.end > start) out.push(sorted[i]!);
    return out;
  }
}

/** Texts at least this long keep the answers of a TextMemo; on shorter ones a scan costs less than the lookup. */
export const MEMO_FROM_CHARS = 4000;

/**
 * Answers to a question about a whole text (does the page print this word so?), kept per text and key on long
 * texts, where each answer is a scan of the text and the question is asked again for every candidate.
 */
export class TextMemo {
  private readonly memo = new WeakMap<object, Map<string, boolean>>();

  get(owner: { text: string }, key: string, compute: () => boolean): boolean {
    if (owner.text.length < MEMO_FROM_CHARS) return compute();
    let m = this.memo.get(owner);
    if (!m) this.memo.set(owner, (m = new Map()));
    let v = m.get(key);
    if (v === undefined) m.set(key, (v = compute()));
    return v;
  }
}
