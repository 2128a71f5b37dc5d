// name: programme-participants
// description: Each programme with who organised it, who took part, received or benefited, where it was piloted, and its reported outcomes.
// param: programme = — part of the programme's name (empty for all)
// :param programme => '';
// Each list comes from its own subquery, so its cost adds to the others' instead of multiplying them.
MATCH (p:Programme)
WHERE $programme = '' OR p.name CONTAINS $programme OR any(a IN p.aliases WHERE a CONTAINS $programme)
WITH p,
     COLLECT { MATCH (org)-[:ORGANIZED]->(p) RETURN DISTINCT org.name ORDER BY org.name } AS organisers,
     COLLECT { MATCH (member)-[m:PARTICIPATED_IN|RECEIVED|BENEFITED_FROM]->(p) RETURN DISTINCT member.name + '（' + type(m) + '）' AS member ORDER BY member } AS participants,
     COLLECT { MATCH (p)-[:PILOTED_IN]->(pilot) RETURN DISTINCT pilot.name ORDER BY pilot.name } AS pilotedIn,
     COLLECT { MATCH (p)-[:REPORTED]->(outcome:Outcome) RETURN DISTINCT outcome.measure + ' ' + outcome.text AS figure ORDER BY figure } AS outcomes
RETURN p.name AS programme,
       p.kind AS kind,
       organisers,
       participants,
       pilotedIn,
       outcomes
ORDER BY size(participants) + size(outcomes) DESC, programme;
