/**
 * Where a search result lands (`?q=…&hl=…#s2`): mark the query's terms in
 * the text, in both languages, across the token spans of the Chinese.
 */
export function highlight(terms: readonly string[]): void {
  const wanted = terms
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return;
  const re = new RegExp(wanted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
  for (const block of document.querySelectorAll<HTMLElement>('main .t')) {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const text = nodes.map((n) => n.data).join('');
    const ranges = [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length] as const);
    if (ranges.length === 0) continue;
    let offset = 0;
    for (const node of nodes) {
      const start = offset;
      const end = offset + node.data.length;
      offset = end;
      // Wrap the parts of this text node that fall inside a match, last first so offsets stay valid.
      for (const [from, to] of [...ranges].reverse()) {
        const a = Math.max(from, start) - start;
        const b = Math.min(to, end) - start;
        if (a >= b) continue;
        const middle = node.splitText(a);
        middle.splitText(b - a);
        const mark = document.createElement('mark');
        mark.className = 'hit';
        middle.replaceWith(mark);
        mark.append(middle);
      }
    }
  }
}
