// name: enterprise-programme-outcomes
// description: Enterprise → programme → outcome paths: each programme an enterprise received, took part in or benefited from, with the figures reported about the enterprise and about the programme.
// param: company = — part of the enterprise's name or alias (empty for all)
// :param company => '';
// Each list comes from its own subquery, so its cost adds to the others' instead of multiplying them.
MATCH (o:Organization)-[r:RECEIVED|PARTICIPATED_IN|BENEFITED_FROM]->(p:Programme)
WHERE $company = '' OR o.name CONTAINS $company OR any(a IN o.aliases WHERE a CONTAINS $company)
WITH o, type(r) AS relation, p, collect(DISTINCT r.sentence) AS evidence
RETURN o.name AS enterprise,
       relation,
       p.name AS programme,
       p.kind AS kind,
       COLLECT { MATCH (o)-[:REPORTED]->(own:Outcome) RETURN DISTINCT own.measure + ' ' + own.text AS figure ORDER BY figure } AS enterpriseOutcomes,
       COLLECT { MATCH (p)-[:REPORTED]->(prog:Outcome) RETURN DISTINCT prog.measure + ' ' + prog.text AS figure ORDER BY figure } AS programmeOutcomes,
       evidence
ORDER BY enterprise, programme, relation;
