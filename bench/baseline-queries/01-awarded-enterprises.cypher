// name: awarded-enterprises
// description: Which enterprises received awards or recognitions, where they are, who runs them and what outcomes they reported — with the sentence that says they received it.
// param: kinds = Award,Recognition — programme kinds to include, comma-separated
// :param kinds => 'Award,Recognition';
MATCH (o:Organization)-[r:RECEIVED]->(p:Programme)
WHERE p.kind IN split($kinds, ',')
OPTIONAL MATCH (o)-[:LOCATED_IN]->(place:Place)
OPTIONAL MATCH (person:Person)-[w:WORKS_FOR]->(o)
OPTIONAL MATCH (o)-[:REPORTED]->(outcome:Outcome)
RETURN o.name AS enterprise,
       p.name AS programme,
       p.kind AS kind,
       collect(DISTINCT place.name) AS places,
       collect(DISTINCT person.name + '（' + w.role + '）') AS people,
       collect(DISTINCT outcome.name) AS outcomes,
       collect(DISTINCT r.sentence) AS evidence
ORDER BY enterprise, programme;
