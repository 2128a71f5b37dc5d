/// <reference lib="dom" />
// Building DOM from data without innerHTML: every name and sentence from a page goes in as text, so nothing in
// the graph can inject markup into the view.

type Child = Node | string | number | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'number' ? String(child) : child);
  }
  return node;
}

/** `text` with [start, end) wrapped in <mark>. */
export function marked(text: string, mark: readonly [number, number] | undefined): Array<Node | string> {
  if (!mark) return [text];
  return [text.slice(0, mark[0]), el('mark', {}, text.slice(mark[0], mark[1])), text.slice(mark[1])];
}
