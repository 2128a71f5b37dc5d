// name: awarded-enterprises
// description: Which enterprises received awards or recognitions, where they are, who runs them and what outcomes they reported — with the sentence that says they received it.
// param: kinds = Award,Recognition — programme kinds to include, comma-separated
// :param kinds => 'Award,Recognition';
// Each list comes from its own subquery, so a company named in many articles costs the sum of its links, not their product.
MATCH (o:Organization)-[r:RECEIVED]->(p:Programme)
WHERE p.kind IN split($kinds, ',')
WITH o, p, collect(DISTINCT r.sentence) AS evidence
RETURN o.name AS enterprise,
       p.name AS programme,
       p.kind AS kind,
       COLLECT { MATCH (o)-[:LOCATED_IN]->(place:Place) RETURN DISTINCT place.name ORDER BY place.name } AS places,
       COLLECT { MATCH (person:Person)-[w:WORKS_FOR]->(o) WHERE w.role IS NOT NULL RETURN DISTINCT person.name + '（' + w.role + '）' AS held ORDER BY held } AS people,
       COLLECT { MATCH (o)-[:REPORTED]->(outcome:Outcome) RETURN DISTINCT outcome.name ORDER BY outcome.name } AS outcomes,
       evidence
ORDER BY enterprise, programme;
