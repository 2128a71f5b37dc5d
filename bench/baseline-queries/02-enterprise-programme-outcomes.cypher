// name: enterprise-programme-outcomes
// description: Enterprise → programme → outcome paths: each programme an enterprise received, took part in or benefited from, with the figures reported about the enterprise and about the programme.
// param: company = — part of the enterprise's name or alias (empty for all)
// :param company => '';
MATCH (o:Organization)-[r:RECEIVED|PARTICIPATED_IN|BENEFITED_FROM]->(p:Programme)
WHERE $company = '' OR o.name CONTAINS $company OR any(a IN o.aliases WHERE a CONTAINS $company)
OPTIONAL MATCH (o)-[:REPORTED]->(own:Outcome)
OPTIONAL MATCH (p)-[:REPORTED]->(prog:Outcome)
RETURN o.name AS enterprise,
       type(r) AS relation,
       p.name AS programme,
       p.kind AS kind,
       collect(DISTINCT own.measure + ' ' + own.text) AS enterpriseOutcomes,
       collect(DISTINCT prog.measure + ' ' + prog.text) AS programmeOutcomes,
       collect(DISTINCT r.sentence) AS evidence
ORDER BY enterprise, programme;
