// name: programme-outcomes
// description: The outcomes of programmes — campaigns, platforms, fairs — with who organised each and where it was piloted.
// param: programme = 千名干部助千企 — part of the programme's name
// :param programme => '千名干部助千企';
MATCH (p:Programme)-[r:REPORTED]->(o:Outcome)
WHERE p.name CONTAINS $programme OR any(a IN p.aliases WHERE a CONTAINS $programme)
OPTIONAL MATCH (org)-[:ORGANIZED]->(p)
RETURN p.name AS programme,
       o.measure AS measure,
       o.text AS printed,
       o.value AS value,
       o.unit AS unit,
       o.period AS period,
       collect(DISTINCT org.name) AS organisers,
       r.sentence AS evidence
ORDER BY value DESC;
