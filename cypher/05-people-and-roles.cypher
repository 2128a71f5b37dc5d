// name: people-and-roles
// description: People and the roles they hold at organisations (bylines included: reporters at their paper) and a town's or village's own posts (党支部书记 at the village), with the sentence that names the role.
// param: organisation = — part of the organisation's or place's name (empty for all)
// :param organisation => '';
MATCH (p:Person)-[w:WORKS_FOR]->(o)
WHERE (o:Organization OR o:Place) AND ($organisation = '' OR o.name CONTAINS $organisation)
OPTIONAL MATCH (p)-[f:FOUNDED]->(o)
RETURN p.name AS person,
       w.role AS role,
       o.name AS organisation,
       count(f) > 0 AS founder,
       [s IN collect(DISTINCT w.sentence) WHERE s IS NOT NULL] AS evidence
ORDER BY organisation, person;
