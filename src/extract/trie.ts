// Character tries for lexicon lookup in running text without cutting substrings: a forward trie finds the
// entries that start at a position, a reverse trie the entries that end at one. Recognizers walk them at
// every token or character, so they allocate nothing on the way.

// Keys are UTF-16 code units: reading text[i] would allocate a string for every CJK character.
interface Node<V> {
  next: Map<number, Node<V>>;
  values?: V[];
}

export interface TrieMatch<V> {
  /** Exclusive end (forward trie) or start (reverse trie) of the entry in the text. */
  at: number;
  values: V[];
}

export class Trie<V> {
  private readonly root: Node<V> = { next: new Map() };
  /** The root's children by code unit: the first step of every walk, from every position, is an array read. */
  private readonly first: Array<Node<V> | undefined> = new Array<Node<V> | undefined>(0x10000).fill(undefined);
  size = 0;

  constructor(private readonly reverse = false) {}

  add(word: string, value: V): void {
    let node = this.root;
    for (let k = 0; k < word.length; k++) {
      const code = word.charCodeAt(this.reverse ? word.length - 1 - k : k);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map() };
        node.next.set(code, child);
        if (node === this.root) this.first[code] = child;
      }
      node = child;
    }
    (node.values ??= []).push(value);
    this.size++;
  }

  /**
   * The longest entry starting at `pos` (forward) or ending at `pos` (reverse) whose values pass `accept`,
   * reading no further than `limit` (an end bound forward, a start bound in reverse).
   */
  longest(text: string, pos: number, limit?: number, accept?: (values: V[], at: number) => boolean): TrieMatch<V> | undefined {
    // The walk of `walk`, written out: no closure per call, and one result object at the end.
    let bestValues: V[] | undefined;
    let bestAt = -1;
    if (this.reverse) {
      const stop = Math.max(limit ?? 0, 0);
      let node: Node<V> | undefined = pos - 1 >= stop ? this.first[text.charCodeAt(pos - 1)] : undefined;
      for (let i = pos - 1; node !== undefined; ) {
        if (node.values && (!accept || accept(node.values, i))) {
          bestValues = node.values;
          bestAt = i;
        }
        if (--i < stop) break;
        node = node.next.get(text.charCodeAt(i));
      }
    } else {
      const stop = Math.min(limit ?? text.length, text.length);
      let node: Node<V> | undefined = pos < stop ? this.first[text.charCodeAt(pos)] : undefined;
      for (let i = pos; node !== undefined; ) {
        if (node.values && (!accept || accept(node.values, i + 1))) {
          bestValues = node.values;
          bestAt = i + 1;
        }
        if (++i >= stop) break;
        node = node.next.get(text.charCodeAt(i));
      }
    }
    return bestValues ? { at: bestAt, values: bestValues } : undefined;
  }

  /** Every entry starting (or ending) at `pos`, shortest first; `visit` returns false to stop. */
  walk(text: string, pos: number, limit: number | undefined, visit: (values: V[], at: number) => boolean): void {
    let node: Node<V> | undefined = this.root;
    if (this.reverse) {
      const stop = limit ?? 0;
      for (let i = pos - 1; i >= stop; i--) {
        node = i === pos - 1 ? this.first[text.charCodeAt(i)] : node.next.get(text.charCodeAt(i));
        if (!node) return;
        if (node.values && !visit(node.values, i)) return;
      }
    } else {
      const stop = limit ?? text.length;
      for (let i = pos; i < stop; i++) {
        node = i === pos ? this.first[text.charCodeAt(i)] : node.next.get(text.charCodeAt(i));
        if (!node) return;
        if (node.values && !visit(node.values, i + 1)) return;
      }
    }
  }

  /**
   * Ends of the entries starting at `pos` (forward tries), shortest first, written into `ends` (and their
   * values into `values`, if given); returns how many. Allocation-free, for the hottest loops.
   */
  endsAt(text: string, pos: number, limit: number, ends: number[], values?: V[][]): number {
    let n = 0;
    if (pos >= limit) return 0;
    let node: Node<V> | undefined = this.first[text.charCodeAt(pos)];
    for (let i = pos; node !== undefined; ) {
      if (node.values) {
        if (values) values[n] = node.values;
        ends[n++] = i + 1;
      }
      if (++i >= limit) break;
      node = node.next.get(text.charCodeAt(i));
    }
    return n;
  }

  /** Every entry starting at `pos`, longest first (forward tries). */
  matchesAt(text: string, pos: number, maxEnd = text.length): Array<{ end: number; values: V[] }> {
    const out: Array<{ end: number; values: V[] }> = [];
    this.walk(text, pos, maxEnd, (values, at) => {
      out.push({ end: at, values });
      return true;
    });
    return out.reverse();
  }
}
