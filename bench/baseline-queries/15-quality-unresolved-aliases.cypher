// name: quality-unresolved-aliases
// description: Data quality: pairs of organisations or programmes that may be one thing under two names — one's name is contained in the other's — left apart by resolution.
// param: min = 2 — shortest contained name, in characters
// :param min => 2;
MATCH (x), (y)
WHERE ((x:Organization AND y:Organization) OR (x:Programme AND y:Programme))
  AND x.key <> y.key AND size(x.name) >= $min AND size(x.name) < size(y.name)
  AND (y.name CONTAINS x.name OR any(a IN y.aliases WHERE a = x.name))
RETURN [l IN labels(x) WHERE l IN ['Organization', 'Programme']][0] AS label, x.name AS shorter, y.name AS longer, x.kind AS shorterKind, y.kind AS longerKind
ORDER BY label, shorter, longer;
