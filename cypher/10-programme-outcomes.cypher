// name: programme-outcomes
// description: The outcomes of programmes — campaigns, platforms, fairs — with who organised each and where it was piloted.
// param: programme = 千名干部助千企 — part of the programme's name
// :param programme => '千名干部助千企';
// One row per figure, however many articles reported it; organisers and pilots come from subqueries of their own.
MATCH (p:Programme)-[r:REPORTED]->(o:Outcome)
WHERE p.name CONTAINS $programme OR any(a IN p.aliases WHERE a CONTAINS $programme)
WITH p, o, collect(DISTINCT r.sentence) AS evidence
RETURN p.name AS programme,
       o.measure AS measure,
       o.text AS printed,
       o.value AS value,
       o.unit AS unit,
       o.period AS period,
       COLLECT { MATCH (org)-[:ORGANIZED]->(p) RETURN DISTINCT org.name ORDER BY org.name } AS organisers,
       COLLECT { MATCH (p)-[:PILOTED_IN]->(pilot) RETURN DISTINCT pilot.name ORDER BY pilot.name } AS pilotedIn,
       evidence
ORDER BY value DESC, programme, measure;
