// name: quality-unresolved-aliases
// description: Data quality: pairs of organisations or programmes that may be one thing under two names — one's name is contained in the other's — left apart by resolution.
// param: min = 2 — shortest contained name, in characters
// :param min => 2;
// Every part of a longer name (and each of its aliases) is looked up in the name index, so the cost grows with the
// number of names rather than with the number of pairs of names.
MATCH (y)
WHERE y:Organization OR y:Programme
WITH y, size(y.name) AS n, CASE WHEN $min > 1 THEN $min ELSE 1 END AS shortest
UNWIND range(0, n - shortest) AS i
UNWIND range(i + shortest, n) AS j
WITH y, n, shortest, substring(y.name, i, j - i) AS part
WHERE size(part) < n
WITH y, n, shortest, collect(part) AS parts
UNWIND parts + [a IN y.aliases WHERE size(a) >= shortest AND size(a) < n] AS part
WITH DISTINCT y, part
CALL (y, part) {
  MATCH (x:Organization {name: part}) WHERE y:Organization RETURN x
  UNION
  MATCH (x:Programme {name: part}) WHERE y:Programme RETURN x
}
WITH x, y
WHERE x.key <> y.key
RETURN [l IN labels(x) WHERE l IN ['Organization', 'Programme']][0] AS label, x.name AS shorter, y.name AS longer, x.kind AS shorterKind, y.kind AS longerKind
ORDER BY label, shorter, longer;
