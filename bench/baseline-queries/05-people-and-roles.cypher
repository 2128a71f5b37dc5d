// name: people-and-roles
// description: People and the roles they hold at organisations (bylines included: reporters at their paper), with the sentence that names the role.
// param: organisation = — part of the organisation's name (empty for all)
// :param organisation => '';
MATCH (p:Person)-[w:WORKS_FOR]->(o:Organization)
WHERE $organisation = '' OR o.name CONTAINS $organisation
OPTIONAL MATCH (p)-[f:FOUNDED]->(o)
RETURN p.name AS person,
       w.role AS role,
       o.name AS organisation,
       count(f) > 0 AS founder,
       [s IN collect(DISTINCT w.sentence) WHERE s IS NOT NULL] AS evidence
ORDER BY organisation, person;
