// name: enterprise-profile
// description: Everything the graph knows about one enterprise: kind, names, places, people and roles, programmes, trade links, figures and the articles that mention it.
// param: company = 盈智 — part of the enterprise's name or alias
// :param company => '盈智';
MATCH (o:Organization)
WHERE o.name CONTAINS $company OR any(a IN o.aliases WHERE a CONTAINS $company)
OPTIONAL MATCH (o)-[:LOCATED_IN]->(place:Place)
OPTIONAL MATCH (person:Person)-[w:WORKS_FOR]->(o)
OPTIONAL MATCH (o)-[pr:RECEIVED|PARTICIPATED_IN|BENEFITED_FROM|ORGANIZED]->(programme)
OPTIONAL MATCH (o)-[t:SUPPLIES|TRADES_WITH|PARTNER_OF|SPUN_OFF_FROM]-(other:Organization)
OPTIONAL MATCH (o)-[:REPORTED]->(outcome:Outcome)
OPTIONAL MATCH (a:Article)-[:MENTIONS]->(o)
RETURN o.name AS enterprise,
       o.kind AS kind,
       o.aliases AS aliases,
       collect(DISTINCT place.name) AS places,
       collect(DISTINCT person.name + '（' + w.role + '）') AS people,
       collect(DISTINCT type(pr) + ' ' + programme.name) AS programmes,
       collect(DISTINCT type(t) + ' ' + other.name) AS links,
       collect(DISTINCT outcome.measure + ' ' + outcome.text) AS outcomes,
       collect(DISTINCT coalesce(a.title, a.name)) AS articles
ORDER BY size(articles) DESC;
