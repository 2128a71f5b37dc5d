// name: people-and-roles
// description: People and the roles they hold at organisations (bylines included: reporters at their paper) and a town's or village's own posts (党支部书记 at the village), with the sentence that names the role.
// param: organisation = — part of the organisation's or place's name (empty for all)
// :param organisation => '';
MATCH (p:Person)-[w:WORKS_FOR]->(o)
WHERE (o:Organization OR o:Place) AND ($organisation = '' OR o.name CONTAINS $organisation)
WITH p, w.role AS role, o, collect(DISTINCT w.sentence) AS evidence
RETURN p.name AS person,
       role,
       o.name AS organisation,
       EXISTS { (p)-[:FOUNDED]->(o) } AS founder,
       evidence
ORDER BY organisation, person;
