// Character tries for lexicon lookup in running text without cutting substrings: a forward trie finds the
// entries that start at a position, a reverse trie the entries that end at one. Recognizers walk them at
// every token or character, so they allocate nothing on the way.
//
// Keys are UTF-16 code units: reading text[i] would allocate a string for every CJK character. Entries are
// collected as they are added; the first lookup after an addition compiles them into flat typed arrays (each
// node's children a sorted run of codes), which a walk reads with a few cache misses. The arrays are built
// straight from the sorted entries: a tree of Maps built first (100,000 nodes for the gazetteer's trie, each a
// Map) took a third of a second of every start-up and much of its garbage collection.

export interface TrieMatch<V> {
  /** Exclusive end (forward trie) or start (reverse trie) of the entry in the text. */
  at: number;
  values: V[];
}

/** Children of node n are kidCode/kidNode[kidStart[n] .. kidStart[n + 1]), codes ascending; node 0 is the root. */
interface Compiled<V> {
  /** The root's child by code unit, or -1: the first step of every walk is an array read. */
  first: Int32Array;
  kidStart: Int32Array;
  kidCode: Uint16Array;
  kidNode: Int32Array;
  values: Array<V[] | undefined>;
}

/** A word's code units in reverse order (a reverse trie's key). */
const reversed = (word: string): string => {
  let out = '';
  for (let k = word.length - 1; k >= 0; k--) out += word[k];
  return out;
};

export class Trie<V> {
  /** Each key's values, in the order they were added. */
  private readonly entries = new Map<string, V[]>();
  private compiled: Compiled<V> | undefined;
  size = 0;

  constructor(private readonly reverse = false) {}

  add(word: string, value: V): void {
    const key = this.reverse ? reversed(word) : word;
    const values = this.entries.get(key);
    if (values) values.push(value);
    else this.entries.set(key, [value]);
    this.size++;
    this.compiled = undefined;
  }

  /**
   * Breadth first over the keys sorted by code unit (the default sort's order): a node is the run of sorted keys
   * that share its path, the key that ends there, if any, comes first in the run and gives its values, and the
   * rest split into its children by their next code, ascending. Nodes are numbered in the order they are made,
   * so each node's children are consecutive.
   */
  private compile(): Compiled<V> {
    const keys = [...this.entries.keys()].sort();
    let capacity = 1;
    for (const k of keys) capacity += k.length;
    const lo = new Int32Array(capacity);
    const hi = new Int32Array(capacity);
    const depth = new Int32Array(capacity);
    const kidStart = new Int32Array(capacity + 1);
    const kidCode = new Uint16Array(capacity);
    const kidNode = new Int32Array(capacity);
    const values: Array<V[] | undefined> = [];
    hi[0] = keys.length;
    let nodes = 1;
    let e = 0;
    for (let n = 0; n < nodes; n++) {
      const d = depth[n]!;
      const end = hi[n]!;
      let i = lo[n]!;
      kidStart[n] = e;
      values.push(i < end && keys[i]!.length === d ? this.entries.get(keys[i++]!) : undefined);
      while (i < end) {
        const code = keys[i]!.charCodeAt(d);
        let j = i + 1;
        while (j < end && keys[j]!.charCodeAt(d) === code) j++;
        kidCode[e] = code;
        kidNode[e++] = nodes;
        lo[nodes] = i;
        hi[nodes] = j;
        depth[nodes++] = d + 1;
        i = j;
      }
    }
    kidStart[nodes] = e;
    const first = new Int32Array(0x10000).fill(-1);
    for (let k = kidStart[0]!; k < kidStart[1]!; k++) first[kidCode[k]!] = kidNode[k]!;
    return (this.compiled = { first, kidStart: kidStart.slice(0, nodes + 1), kidCode: kidCode.slice(0, e), kidNode: kidNode.slice(0, e), values });
  }

  /** The child of `node` by `code`, or -1. */
  private static child(c: Compiled<unknown>, node: number, code: number): number {
    let lo = c.kidStart[node]!;
    let hi = c.kidStart[node + 1]!;
    // Most nodes have one child; a few (after 浙江, 平湖) many.
    if (hi - lo <= 8) {
      for (; lo < hi; lo++) if (c.kidCode[lo] === code) return c.kidNode[lo]!;
      return -1;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = c.kidCode[mid]!;
      if (m === code) return c.kidNode[mid]!;
      if (m < code) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }

  /**
   * The longest entry starting at `pos` (forward) or ending at `pos` (reverse) whose values pass `accept`,
   * reading no further than `limit` (an end bound forward, a start bound in reverse).
   */
  longest(text: string, pos: number, limit?: number, accept?: (values: V[], at: number) => boolean): TrieMatch<V> | undefined {
    const c = this.compiled ?? this.compile();
    let bestValues: V[] | undefined;
    let bestAt = -1;
    if (this.reverse) {
      const stop = Math.max(limit ?? 0, 0);
      let node = pos - 1 >= stop && pos - 1 < text.length ? c.first[text.charCodeAt(pos - 1)]! : -1;
      for (let i = pos - 1; node !== -1; ) {
        const values = c.values[node];
        if (values && (!accept || accept(values, i))) {
          bestValues = values;
          bestAt = i;
        }
        if (--i < stop) break;
        node = Trie.child(c, node, text.charCodeAt(i));
      }
    } else {
      const stop = Math.min(limit ?? text.length, text.length);
      let node = pos < stop && pos >= 0 ? c.first[text.charCodeAt(pos)]! : -1;
      for (let i = pos; node !== -1; ) {
        const values = c.values[node];
        if (values && (!accept || accept(values, i + 1))) {
          bestValues = values;
          bestAt = i + 1;
        }
        if (++i >= stop) break;
        node = Trie.child(c, node, text.charCodeAt(i));
      }
    }
    return bestValues ? { at: bestAt, values: bestValues } : undefined;
  }

  /**
   * Whether the character read first from `pos` (text[pos] forward, text[pos - 1] in reverse) begins some entry:
   * when it does not, `longest` and `walk` find nothing, and a caller can skip building their callback.
   */
  mayMatchAt(text: string, pos: number): boolean {
    const c = this.compiled ?? this.compile();
    const i = this.reverse ? pos - 1 : pos;
    return i >= 0 && i < text.length && c.first[text.charCodeAt(i)] !== -1;
  }

  /** Every entry starting (or ending) at `pos`, shortest first; `visit` returns false to stop. */
  walk(text: string, pos: number, limit: number | undefined, visit: (values: V[], at: number) => boolean): void {
    const c = this.compiled ?? this.compile();
    if (this.reverse) {
      const stop = Math.max(limit ?? 0, 0);
      if (pos > text.length) return;
      let node = 0;
      for (let i = pos - 1; i >= stop; i--) {
        node = i === pos - 1 ? c.first[text.charCodeAt(i)]! : Trie.child(c, node, text.charCodeAt(i));
        if (node === -1) return;
        const values = c.values[node];
        if (values && !visit(values, i)) return;
      }
    } else {
      const stop = Math.min(limit ?? text.length, text.length);
      if (pos < 0) return;
      let node = 0;
      for (let i = pos; i < stop; i++) {
        node = i === pos ? c.first[text.charCodeAt(i)]! : Trie.child(c, node, text.charCodeAt(i));
        if (node === -1) return;
        const values = c.values[node];
        if (values && !visit(values, i + 1)) return;
      }
    }
  }

  /**
   * Ends of the entries starting at `pos` (forward tries), shortest first, written into `ends` (and their
   * values into `values`, if given); returns how many. Allocation-free, for the hottest loops.
   */
  endsAt(text: string, pos: number, limit: number, ends: number[], values?: V[][]): number {
    const c = this.compiled ?? this.compile();
    let n = 0;
    const stop = Math.min(limit, text.length);
    if (pos >= stop || pos < 0) return 0;
    let node = c.first[text.charCodeAt(pos)]!;
    for (let i = pos; node !== -1; ) {
      const v = c.values[node];
      if (v) {
        if (values) values[n] = v;
        ends[n++] = i + 1;
      }
      if (++i >= stop) break;
      node = Trie.child(c, node, text.charCodeAt(i));
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
