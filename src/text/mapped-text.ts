// Text that remembers where every character came from. Cleaning rewrites text (rejoins wrapped lines,
// collapses letter-spacing, undoes doubled headlines); each output character keeps the offset of the source
// character it was taken from, so any span of clean text maps back to the exact characters of the raw page.

export interface Span {
  start: number;
  end: number;
}

/**
 * Source range of clean span [start, end): from the smallest source offset of its characters to just past the
 * largest. Clean text can reorder the source (an article's columns are read in order even where the PDF text
 * scrambled them), so a span's last character may come from before its first; the range then still covers every
 * character it was read from.
 */
export function sourceRange(offsets: ArrayLike<number>, start: number, end: number): Span {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = start; i < end; i++) {
    const o = offsets[i]!;
    if (o < lo) lo = o;
    if (o > hi) hi = o;
  }
  return { start: lo, end: hi + 1 };
}

export class MappedText {
  /** `offsets[i]` is the source offset of `text[i]`. */
  constructor(
    readonly text: string,
    readonly offsets: Int32Array,
  ) {
    if (offsets.length !== text.length) {
      throw new Error(`MappedText: ${text.length} characters but ${offsets.length} offsets`);
    }
  }

  static identity(text: string, base = 0): MappedText {
    const offsets = new Int32Array(text.length);
    for (let i = 0; i < offsets.length; i++) offsets[i] = base + i;
    return new MappedText(text, offsets);
  }

  get length(): number {
    return this.text.length;
  }

  /** Source span of clean span [start, end): see `sourceRange`. */
  sourceSpan(start: number, end: number): Span {
    if (start < 0 || end > this.text.length || start > end) {
      throw new RangeError(`MappedText.sourceSpan: [${start}, ${end}) outside [0, ${this.text.length})`);
    }
    if (start === end) {
      const at = start < this.offsets.length ? this.offsets[start]! : this.offsets.length ? this.offsets[this.offsets.length - 1]! + 1 : 0;
      return { start: at, end: at };
    }
    return sourceRange(this.offsets, start, end);
  }

  slice(start: number, end: number = this.text.length): MappedText {
    return new MappedText(this.text.slice(start, end), this.offsets.slice(start, end));
  }

  /** Removes leading and trailing whitespace, keeping the map aligned. */
  trim(): MappedText {
    let s = 0;
    let e = this.text.length;
    while (s < e && isSpace(this.text.charCodeAt(s))) s++;
    while (e > s && isSpace(this.text.charCodeAt(e - 1))) e--;
    return s === 0 && e === this.text.length ? this : this.slice(s, e);
  }
}

const SCRATCH: Int32Array[] = [];
const EMPTY = new Int32Array(0);

/** Accumulates characters with their source offsets; `build()` freezes them into a MappedText. */
export class MappedTextBuilder {
  private parts: string[] = [];
  private offsets: Int32Array;
  private size = 0;
  private pending = '';

  /**
   * `capacity`: the length the text will likely reach. Offsets accumulate in a scratch buffer borrowed from a
   * small pool (pages build hundreds of thousands of short texts; allocating a typed array for each costs more
   * than the work), and `build()` copies them out once at their final size and returns the buffer.
   */
  constructor(capacity = 64) {
    this.offsets = SCRATCH.pop() ?? new Int32Array(Math.max(capacity, 256));
  }

  get length(): number {
    return this.size;
  }

  push(ch: string, sourceOffset: number): this {
    this.pending += ch;
    this.reserve(1);
    this.offsets[this.size++] = sourceOffset;
    if (this.pending.length > 4096) this.flush();
    return this;
  }

  /** Appends a span of another mapped text, keeping its source offsets. */
  append(from: MappedText, start = 0, end = from.length): this {
    this.flush();
    this.parts.push(start === 0 && end === from.length ? from.text : from.text.slice(start, end));
    this.reserve(end - start);
    this.offsets.set(from.offsets.subarray(start, end), this.size);
    this.size += end - start;
    return this;
  }

  /**
   * Appends a separator that has no source of its own; it borrows the offset of a neighbouring character.
   * Callers pass the offset of the whitespace the separator stands for (the line break after the previous
   * character), so a span of clean text that starts or ends on a separator still maps to a source span
   * holding the same characters.
   */
  separator(ch: string, borrowedOffset: number): this {
    return this.push(ch, borrowedOffset);
  }

  /** Source offset of the last character appended (-1 when empty). */
  lastOffset(): number {
    return this.size ? this.offsets[this.size - 1]! : -1;
  }

  lastChar(): string {
    if (this.pending) return this.pending[this.pending.length - 1]!;
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const p = this.parts[i]!;
      if (p) return p[p.length - 1]!;
    }
    return '';
  }

  build(): MappedText {
    this.flush();
    const built = new MappedText(this.parts.length === 1 ? this.parts[0]! : this.parts.join(''), this.offsets.slice(0, this.size));
    if (SCRATCH.length < 8 && this.offsets.length <= 1 << 20) SCRATCH.push(this.offsets);
    this.offsets = EMPTY;
    this.size = 0;
    this.parts = [];
    return built;
  }

  private reserve(n: number): void {
    if (this.size + n <= this.offsets.length) return;
    const grown = new Int32Array(Math.max(this.offsets.length * 2, this.size + n));
    grown.set(this.offsets.subarray(0, this.size));
    this.offsets = grown;
  }

  private flush(): void {
    if (this.pending) {
      this.parts.push(this.pending);
      this.pending = '';
    }
  }
}

export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x0b || code === 0x0c;
}
