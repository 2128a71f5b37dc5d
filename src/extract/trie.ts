// A character trie for longest-match lookup of lexicon entries in running text.

interface Node<V> {
  next: Map<string, Node<V>>;
  values?: V[];
}

export class Trie<V> {
  private readonly root: Node<V> = { next: new Map() };
  size = 0;

  add(word: string, value: V): void {
    let node = this.root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
    this.size++;
  }

  /** Every entry that starts at `pos`, longest first: [end, values]. */
  matchesAt(text: string, pos: number, maxEnd = text.length): Array<{ end: number; values: V[] }> {
    const out: Array<{ end: number; values: V[] }> = [];
    let node: Node<V> | undefined = this.root;
    for (let i = pos; i < maxEnd; i++) {
      node = node.next.get(text[i]!);
      if (!node) break;
      if (node.values) out.push({ end: i + 1, values: node.values });
    }
    return out.reverse();
  }
}
