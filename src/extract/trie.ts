// Character tries for lexicon lookup in running text without cutting substrings: a forward trie finds the
// entries that start at a position, a reverse trie the entries that end at one. Recognizers walk them at
// every token or character, so they allocate nothing on the way.
//
// Keys are UTF-16 code units: reading text[i] would allocate a string for every CJK character. Entries are added
// to a tree kept as one open-addressing table from (node, code) to child, in typed arrays; the first lookup after
// an addition compiles it into flat typed arrays (each node's children a sorted run of codes, nodes numbered
// breadth first), which a walk reads with a few cache misses. A tree of Maps (100,000 nodes for the gazetteer's
// trie, each a Map), and later a sort of the entries' strings, took a large part of every start-up.

import type { Derived } from '../util/derived-cache.js';

export interface TrieMatch<V> {
  /** Exclusive end (forward trie) or start (reverse trie) of the entry in the text. */
  at: number;
  values: V[];
}

/** Children of node n are kidCode/kidNode[kidStart[n] .. kidStart[n + 1]), codes ascending; node 0 is the root. */
interface Compiled<V> {
  /** The root's child by code unit, or -1: the first step of every walk is an array read. */
  first: Int32Array;
  /** A bit per code unit that starts some entry: 8 KB, where `first` is 256 KB (asked at every token by mayMatchAt). */
  starts: Uint8Array;
  kidStart: Int32Array;
  kidCode: Uint16Array;
  kidNode: Int32Array;
  values: Array<V[] | undefined>;
  /**
   * A trie read back from the cache: each node's values as ids (valueIds[valueStart[n] .. valueStart[n + 1])),
   * turned into `values[n]` by `value` the first time the node is reached; a trie of the gazetteer's 100,000
   * names made every list at start-up, most of which a run never reaches.
   */
  saved?: { valueStart: Int32Array; valueIds: Int32Array; value: (index: number) => V };
  /**
   * Large tries only (PAIR_FILTER_MIN entries): by code unit, 1 where a one-character entry is that character; and
   * a bit per hashed pair of code units that opens an entry of two or more (`pairBit`). Most walks of the
   * gazetteer's trie by `endsAt`, one at every token, find nothing past the first character: these tables, read
   * first, end them without reading the trie's nodes, spread over a few megabytes. (Not in `longest`: with the test
   * it was no longer inlined into its callers, and took 5% of a profile on its own.)
   */
  single?: Uint8Array;
  pairs?: Uint8Array;
}

/** Tries with at least this many entries get the pair filter (the small ones are walked within the cache). */
const PAIR_FILTER_MIN = 4096;
/** A pair filter's size in bits, as a power of two (128 KB). */
export const PAIR_BITS = 20;

/** The bit of the pair of code units a, b (first and second in the walk's order) in a pair filter. */
export function pairBit(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> (32 - PAIR_BITS);
}

/** An edge's key for sorting: its parent node × 2^16 + its code unit (below 2^53 for any number of nodes). */
const edgeKey = (parent: number, code: number): number => parent * 0x10000 + code;
const slotHash = (parent: number, code: number): number => {
  const h = Math.imul(parent, 0x9e3779b1) ^ Math.imul(code + 1, 0x85ebca6b);
  return h ^ (h >>> 15);
};

export class Trie<V> {
  /** The tree as added to: slot → an edge's parent (-1 when the slot is free), code unit and child. */
  private slotParent = new Int32Array(256).fill(-1);
  private slotCode = new Uint16Array(256);
  private slotChild = new Int32Array(256);
  private nodes = 1;
  /** Values of each node (by the number it was made with), in the order they were added. */
  private readonly nodeValues: Array<V[] | undefined> = [undefined];
  private compiled: Compiled<V> | undefined;
  size = 0;

  /** Set on a trie read back by `restore`: it has no tree to add to. */
  private frozen = false;

  constructor(private readonly reverse = false) {}

  /**
   * The compiled trie as typed arrays, each node's values as numbers given by `index` (for the derived-data
   * cache, util/derived-cache.ts); `restore` makes the same trie from them.
   */
  save(index: (value: V) => number): Derived {
    const c = this.compiled ?? this.compile();
    const valueStart = new Int32Array(c.values.length + 1);
    const ids: number[] = [];
    for (let n = 0; n < c.values.length; n++) {
      valueStart[n] = ids.length;
      for (const v of c.values[n] ?? (c.saved && Trie.savedValues(c, n)) ?? []) ids.push(index(v));
    }
    valueStart[c.values.length] = ids.length;
    const { first, starts, kidStart, kidCode, kidNode, single, pairs } = c;
    return {
      meta: { reverse: this.reverse, size: this.size },
      arrays: { first, starts, kidStart, kidCode, kidNode, valueStart, valueIds: Int32Array.from(ids), ...(single && pairs ? { single, pairs } : {}) },
    };
  }

  /** The trie `save` saved, its values given back by `value`; nothing can be added to it. */
  static restore<V>(saved: Derived, value: (index: number) => V): Trie<V> {
    const { reverse, size } = saved.meta as { reverse: boolean; size: number };
    const a = saved.arrays as { first: Int32Array; starts: Uint8Array; kidStart: Int32Array; kidCode: Uint16Array; kidNode: Int32Array; valueStart: Int32Array; valueIds: Int32Array; single?: Uint8Array; pairs?: Uint8Array };
    const trie = new Trie<V>(reverse);
    const values = new Array<V[] | undefined>(a.valueStart.length - 1);
    const lazy = { valueStart: a.valueStart, valueIds: a.valueIds, value };
    trie.compiled = { first: a.first, starts: a.starts, kidStart: a.kidStart, kidCode: a.kidCode, kidNode: a.kidNode, values, saved: lazy, ...(a.single && a.pairs ? { single: a.single, pairs: a.pairs } : {}) };
    trie.size = size;
    trie.frozen = true;
    return trie;
  }

  add(word: string, value: V): void {
    if (this.frozen) throw new Error('Trie.add: a trie read back from the cache cannot be added to');
    let node = 0;
    const n = word.length;
    for (let k = 0; k < n; k++) node = this.childOrNew(node, word.charCodeAt(this.reverse ? n - 1 - k : k));
    const values = this.nodeValues[node];
    if (values) values.push(value);
    else this.nodeValues[node] = [value];
    this.size++;
    this.compiled = undefined;
  }

  private slotOf(parent: number, code: number): number {
    const mask = this.slotParent.length - 1;
    for (let i = slotHash(parent, code) & mask; ; i = (i + 1) & mask) {
      const p = this.slotParent[i]!;
      if (p === -1 || (p === parent && this.slotCode[i] === code)) return i;
    }
  }

  private childOrNew(parent: number, code: number): number {
    const slot = this.slotOf(parent, code);
    if (this.slotParent[slot] !== -1) return this.slotChild[slot]!;
    const child = this.nodes++;
    this.slotParent[slot] = parent;
    this.slotCode[slot] = code;
    this.slotChild[slot] = child;
    this.nodeValues.push(undefined);
    if (2 * this.nodes > this.slotParent.length) this.grow();
    return child;
  }

  /** Four times the slots: a trie of the gazetteer's names grows from 256 to a million. */
  private grow(): void {
    const { slotParent: parents, slotCode: codes, slotChild: children } = this;
    const size = parents.length * 4;
    this.slotParent = new Int32Array(size).fill(-1);
    this.slotCode = new Uint16Array(size);
    this.slotChild = new Int32Array(size);
    for (let i = 0; i < parents.length; i++) {
      if (parents[i] === -1) continue;
      const slot = this.slotOf(parents[i]!, codes[i]!);
      this.slotParent[slot] = parents[i]!;
      this.slotCode[slot] = codes[i]!;
      this.slotChild[slot] = children[i]!;
    }
  }

  /**
   * The edges sorted by (parent, code) give each node's children as a run in code order; the nodes are then
   * numbered breadth first, so the root's children come first and each node's children are consecutive.
   */
  private compile(): Compiled<V> {
    const edges = new Float64Array(this.nodes - 1);
    let count = 0;
    for (let i = 0; i < this.slotParent.length; i++) if (this.slotParent[i] !== -1) edges[count++] = edgeKey(this.slotParent[i]!, this.slotCode[i]!);
    edges.sort();
    const runStart = new Int32Array(this.nodes + 1);
    for (const key of edges) runStart[Math.floor(key / 0x10000) + 1]!++;
    for (let n = 0; n < this.nodes; n++) runStart[n + 1]! += runStart[n]!;
    const order = new Int32Array(this.nodes);
    const kidStart = new Int32Array(this.nodes + 1);
    const kidCode = new Uint16Array(count);
    const kidNode = new Int32Array(count);
    const values: Array<V[] | undefined> = new Array<V[] | undefined>(this.nodes);
    let made = 1;
    let e = 0;
    for (let n = 0; n < this.nodes; n++) {
      const old = order[n]!;
      values[n] = this.nodeValues[old];
      kidStart[n] = e;
      for (let r = runStart[old]!; r < runStart[old + 1]!; r++) {
        const code = edges[r]! % 0x10000;
        const child = this.slotChild[this.slotOf(old, code)]!;
        order[made] = child;
        kidCode[e] = code;
        kidNode[e++] = made++;
      }
    }
    kidStart[this.nodes] = e;
    const first = new Int32Array(0x10000).fill(-1);
    const starts = new Uint8Array(0x10000 >>> 3);
    for (let k = kidStart[0]!; k < kidStart[1]!; k++) {
      first[kidCode[k]!] = kidNode[k]!;
      starts[kidCode[k]! >>> 3]! |= 1 << (kidCode[k]! & 7);
    }
    const compiled: Compiled<V> = { first, starts, kidStart, kidCode, kidNode, values };
    if (this.size >= PAIR_FILTER_MIN) {
      const single = new Uint8Array(0x10000);
      const pairs = new Uint8Array(1 << (PAIR_BITS - 3));
      for (let k = kidStart[0]!; k < kidStart[1]!; k++) {
        const a = kidCode[k]!;
        const node = kidNode[k]!;
        if (values[node]) single[a] = 1;
        for (let j = kidStart[node]!; j < kidStart[node + 1]!; j++) {
          const bit = pairBit(a, kidCode[j]!);
          pairs[bit >>> 3]! |= 1 << (bit & 7);
        }
      }
      compiled.single = single;
      compiled.pairs = pairs;
    }
    return (this.compiled = compiled);
  }

  /**
   * With the pair filter, whether an entry of two or more characters may open with code units a then b (a walk
   * that reads b after a); without it, true.
   */
  private static mayContinue(c: Compiled<unknown>, a: number, b: number): boolean {
    if (!c.pairs) return true;
    const bit = pairBit(a, b);
    return (c.pairs[bit >>> 3]! & (1 << (bit & 7))) !== 0;
  }

  /**
   * How far a walk that reads code unit a first, then b (-1: no character left to read), may go: 2 past a, 1 a
   * alone (only a one-character entry can match), 0 nowhere.
   */
  private static reach(c: Compiled<unknown>, a: number, b: number): number {
    if (b >= 0 && Trie.mayContinue(c, a, b)) return 2;
    return !c.single || c.single[a] ? 1 : 0;
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

  /** A node's values in a trie read back from the cache, made and kept the first time (undefined when it has none). */
  private static savedValues<V>(c: Compiled<V>, node: number): V[] | undefined {
    const { valueStart, valueIds, value } = c.saved!;
    const from = valueStart[node]!;
    const to = valueStart[node + 1]!;
    if (to <= from) return undefined;
    const list: V[] = [];
    for (let k = from; k < to; k++) list.push(value(valueIds[k]!));
    return (c.values[node] = list);
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
        const values = c.values[node] ?? (c.saved && Trie.savedValues(c, node));
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
        const values = c.values[node] ?? (c.saved && Trie.savedValues(c, node));
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
    if (i < 0 || i >= text.length) return false;
    const code = text.charCodeAt(i);
    return (c.starts[code >>> 3]! & (1 << (code & 7))) !== 0;
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
        const values = c.values[node] ?? (c.saved && Trie.savedValues(c, node));
        if (values && !visit(values, i)) return;
      }
    } else {
      const stop = Math.min(limit ?? text.length, text.length);
      if (pos < 0) return;
      let node = 0;
      for (let i = pos; i < stop; i++) {
        node = i === pos ? c.first[text.charCodeAt(i)]! : Trie.child(c, node, text.charCodeAt(i));
        if (node === -1) return;
        const values = c.values[node] ?? (c.saved && Trie.savedValues(c, node));
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
    let stop = Math.min(limit, text.length);
    if (pos >= stop || pos < 0) return 0;
    let node = c.first[text.charCodeAt(pos)]!;
    if (node !== -1) {
      const reach = Trie.reach(c, text.charCodeAt(pos), pos + 1 < stop ? text.charCodeAt(pos + 1) : -1);
      if (reach === 0) return 0;
      if (reach === 1) stop = pos + 1;
    }
    for (let i = pos; node !== -1; ) {
      const v = c.values[node] ?? (c.saved && Trie.savedValues(c, node));
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
