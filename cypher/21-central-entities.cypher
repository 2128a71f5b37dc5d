// name: central-entities
// description: The most central enterprises and programmes: ranked by PageRank over the network of stated relations between entities (computed at build time, see README "Graph analytics"), with their degree, their Louvain community and its size, and their most central neighbours.
// param: label = — Company, Programme, or any other entity label (Organization, Place, Person, Industry); empty for companies and programmes
// param: limit = 20 — how many to list
// :param label => '';
// :param limit => 20;
MATCH (e)
WHERE e.pagerank IS NOT NULL
  AND CASE WHEN $label = '' THEN e:Company OR e:Programme ELSE $label IN labels(e) END
WITH e
ORDER BY e.pagerank DESC, e.name
LIMIT toInteger($limit)
RETURN [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place', 'Programme', 'Industry']][0] AS label,
       e.name AS name,
       e.kind AS kind,
       e.pagerank AS pagerank,
       e.degree AS degree,
       e.community AS community,
       COUNT { MATCH (m) WHERE m.community = e.community } AS communitySize,
       COLLECT { MATCH (e)--(n) WHERE n.pagerank IS NOT NULL WITH DISTINCT n ORDER BY n.pagerank DESC, n.name LIMIT 8 RETURN n.name } AS linkedTo
ORDER BY pagerank DESC, name;
