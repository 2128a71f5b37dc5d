// name: enterprise-profile
// description: Everything the graph knows about one enterprise: kind, names, places, people and roles, programmes, trade links (a country it exports to among them), figures and the articles that mention it.
// param: company = 盈智 — part of the enterprise's name or alias
// :param company => '盈智';
// Each list comes from its own subquery: chained OPTIONAL MATCHes would multiply the rows of every list (articles ×
// outcomes × people …) before collecting them, which takes minutes once a company is named in a few dozen articles.
MATCH (o:Organization)
WHERE o.name CONTAINS $company OR any(a IN o.aliases WHERE a CONTAINS $company)
WITH o, COLLECT { MATCH (a:Article)-[:MENTIONS]->(o) RETURN DISTINCT coalesce(a.title, a.name) AS title ORDER BY title } AS articles
RETURN o.name AS enterprise,
       o.kind AS kind,
       o.aliases AS aliases,
       COLLECT { MATCH (o)-[:LOCATED_IN]->(place:Place) RETURN DISTINCT place.name ORDER BY place.name } AS places,
       COLLECT { MATCH (person:Person)-[w:WORKS_FOR]->(o) WHERE w.role IS NOT NULL RETURN DISTINCT person.name + '（' + w.role + '）' AS held ORDER BY held } AS people,
       COLLECT { MATCH (o)-[pr:RECEIVED|PARTICIPATED_IN|BENEFITED_FROM|ORGANIZED]->(programme) RETURN DISTINCT type(pr) + ' ' + programme.name AS link ORDER BY link } AS programmes,
       COLLECT { MATCH (o)-[t:SUPPLIES|TRADES_WITH|PARTNER_OF|SPUN_OFF_FROM]-(other) WHERE other:Organization OR (other:Place AND type(t) = 'TRADES_WITH') RETURN DISTINCT type(t) + ' ' + other.name AS link ORDER BY link } AS links,
       COLLECT { MATCH (o)-[:REPORTED]->(outcome:Outcome) RETURN DISTINCT outcome.measure + ' ' + outcome.text AS figure ORDER BY figure } AS outcomes,
       articles
ORDER BY size(articles) DESC, enterprise;
