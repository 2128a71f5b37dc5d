// name: articles
// description: The articles of the loaded pages: title, kind, bylines with roles, and how many entities of each label they mention.
// param: page = — page id (empty for all)
// :param page => '';
MATCH (a:Article)
WHERE $page = '' OR a.pageId = $page
OPTIONAL MATCH (w:Person)-[wr:WROTE]->(a)
WITH a, collect(DISTINCT wr.role + ' ' + w.name) AS bylines
OPTIONAL MATCH (a)-[:MENTIONS]->(e)
WITH a, bylines, [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place', 'Programme', 'Outcome']][0] AS label, count(e) AS n
WITH a, bylines, collect(label + ' ' + n) AS mentions
RETURN a.ordinal AS ordinal, coalesce(a.title, a.name) AS title, a.kind AS kind, bylines, mentions
ORDER BY a.pageId, ordinal;
