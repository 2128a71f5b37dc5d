// name: quality-single-mentions
// description: Data quality: entities named only once on all loaded pages, with the rule that read them — the readings most worth a second look.
// param: label = — only this label (empty for all)
// :param label => '';
// mentionCount is the sum of the MENTIONS counts (kg load keeps it so), so only the entities named once are expanded.
MATCH (e)
WHERE (e:Person OR e:Organization OR e:Place OR e:Programme OR e:Industry) AND e.mentionCount = 1 AND ($label = '' OR $label IN labels(e))
MATCH (a:Article)-[m:MENTIONS]->(e)
RETURN [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place', 'Programme', 'Industry']][0] AS label, e.name AS name, e.kind AS kind, m.rules AS rules, coalesce(a.title, a.name) AS article
ORDER BY label, name;
