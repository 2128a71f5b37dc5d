// name: programme-participants
// description: Each programme with who organised it, who took part, received or benefited, where it was piloted, and its reported outcomes.
// param: programme = — part of the programme's name (empty for all)
// :param programme => '';
MATCH (p:Programme)
WHERE $programme = '' OR p.name CONTAINS $programme OR any(a IN p.aliases WHERE a CONTAINS $programme)
OPTIONAL MATCH (org)-[:ORGANIZED]->(p)
OPTIONAL MATCH (member)-[m:PARTICIPATED_IN|RECEIVED|BENEFITED_FROM]->(p)
OPTIONAL MATCH (p)-[:PILOTED_IN]->(pilot)
OPTIONAL MATCH (p)-[:REPORTED]->(outcome:Outcome)
RETURN p.name AS programme,
       p.kind AS kind,
       collect(DISTINCT org.name) AS organisers,
       collect(DISTINCT member.name + '（' + type(m) + '）') AS participants,
       collect(DISTINCT pilot.name) AS pilotedIn,
       collect(DISTINCT outcome.measure + ' ' + outcome.text) AS outcomes
ORDER BY size(participants) + size(outcomes) DESC, programme;
