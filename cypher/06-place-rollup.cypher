// name: place-rollup
// description: A place and everything under it (village → town → city): the organisations, people and programmes located or piloted there, and the figures reported about the places themselves.
// param: place = 平湖市 — the place's name
// :param place => '平湖市';
// DISTINCT right after the variable-length match lets Neo4j visit each place under the top one once, however many
// PART_OF relationships (one per article that read it) lead there; each list then comes from its own subquery.
MATCH (top:Place {name: $place})
MATCH (sub:Place)-[:PART_OF*0..6]->(top)
WITH DISTINCT sub
RETURN sub.name AS place,
       sub.kind AS kind,
       COLLECT { MATCH (thing:Organization)-[:LOCATED_IN]->(sub) RETURN DISTINCT thing.name ORDER BY thing.name } AS organisations,
       COLLECT { MATCH (thing:Person)-[:LOCATED_IN]->(sub) RETURN DISTINCT thing.name ORDER BY thing.name } AS people,
       COLLECT { MATCH (programme:Programme)-[:PILOTED_IN]->(sub) RETURN DISTINCT programme.name ORDER BY programme.name } AS programmes,
       COUNT { MATCH (sub)-[:REPORTED]->(outcome:Outcome) RETURN DISTINCT outcome } AS outcomes
ORDER BY outcomes + size(organisations) DESC, place;
