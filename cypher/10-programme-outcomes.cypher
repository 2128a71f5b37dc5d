// name: programme-outcomes
// description: The outcomes of programmes — campaigns, platforms, fairs — with who organised each and where it was piloted.
// param: programme = 千名干部助千企 — part of the programme's name
// :param programme => '千名干部助千企';
// Organisers and pilots are collected once per programme, before its figures: a programme named in every issue
// has an ORGANIZED relationship per article, and collecting them again for each of its figures took seconds.
MATCH (p:Programme)
WHERE p.name CONTAINS $programme OR any(a IN p.aliases WHERE a CONTAINS $programme)
WITH p,
     COLLECT { MATCH (org)-[:ORGANIZED]->(p) RETURN DISTINCT org.name ORDER BY org.name } AS organisers,
     COLLECT { MATCH (p)-[:PILOTED_IN]->(pilot) RETURN DISTINCT pilot.name ORDER BY pilot.name } AS pilotedIn
MATCH (p)-[r:REPORTED]->(o:Outcome)
WITH p, organisers, pilotedIn, o, collect(DISTINCT r.sentence) AS evidence
RETURN p.name AS programme,
       o.measure AS measure,
       o.text AS printed,
       o.value AS value,
       o.unit AS unit,
       o.period AS period,
       organisers,
       pilotedIn,
       evidence
ORDER BY value DESC, programme, measure;
