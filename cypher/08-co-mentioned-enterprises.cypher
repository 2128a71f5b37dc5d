// name: co-mentioned-enterprises
// description: Enterprises mentioned together in the same articles, and how often.
// param: min = 1 — fewest shared articles
// :param min => 1;
MATCH (a:Article)-[:MENTIONS]->(x:Organization)
MATCH (a)-[:MENTIONS]->(y:Organization)
WHERE x.key < y.key AND x.kind IN ['Company', 'Incubator', 'IndustrialPark'] AND y.kind IN ['Company', 'Incubator', 'IndustrialPark']
WITH x, y, count(DISTINCT a) AS shared, collect(DISTINCT coalesce(a.title, a.name)) AS articles
WHERE shared >= $min
RETURN x.name AS enterprise, y.name AS alongside, shared, articles
ORDER BY shared DESC, enterprise, alongside;
