// Items grouped by a key, groups in the order their first item appears: exports write one file (CSV) or one
// statement (Cypher) per label combination or relationship type.
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
