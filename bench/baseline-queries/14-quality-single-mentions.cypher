// name: quality-single-mentions
// description: Data quality: entities named only once on all loaded pages, with the rule that read them — the readings most worth a second look.
// param: label = — only this label (empty for all)
// :param label => '';
MATCH (a:Article)-[m:MENTIONS]->(e)
WHERE NOT e:Outcome AND ($label = '' OR $label IN labels(e))
WITH e, sum(m.count) AS mentions, collect(m.rules) AS rules, collect(coalesce(a.title, a.name)) AS articles
WHERE mentions = 1
RETURN [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place', 'Programme']][0] AS label, e.name AS name, e.kind AS kind, rules[0] AS rules, articles[0] AS article
ORDER BY label, name;
