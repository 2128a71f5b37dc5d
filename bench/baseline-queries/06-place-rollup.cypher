// name: place-rollup
// description: A place and everything under it (village → town → city): the organisations, people and programmes located or piloted there, and the figures reported about the places themselves.
// param: place = 平湖市 — the place's name
// :param place => '平湖市';
MATCH (top:Place {name: $place})
MATCH (sub:Place)-[:PART_OF*0..6]->(top)
OPTIONAL MATCH (thing)-[:LOCATED_IN]->(sub)
OPTIONAL MATCH (programme:Programme)-[:PILOTED_IN]->(sub)
OPTIONAL MATCH (sub)-[:REPORTED]->(outcome:Outcome)
RETURN sub.name AS place,
       sub.kind AS kind,
       collect(DISTINCT CASE WHEN thing:Organization THEN thing.name END) AS organisations,
       collect(DISTINCT CASE WHEN thing:Person THEN thing.name END) AS people,
       collect(DISTINCT programme.name) AS programmes,
       count(DISTINCT outcome) AS outcomes
ORDER BY outcomes + size(organisations) DESC, place;
