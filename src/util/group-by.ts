// Items grouped by a key, groups in the order their first item appears: the loader sends one statement per
// label combination or relationship type, and exports write one file (CSV) or statement (Cypher) per group.
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
