// name: recurring-programmes
// description: Programmes by the number of issues (dates) whose articles mention them, with the first and last date, the number of articles and the organisations linked to them; programmes of dated articles only.
// param: min = 2 — the fewest issues a programme appears in
// :param min => 2;
MATCH (a:Article)-[:MENTIONS]->(p:Programme)
WHERE a.date IS NOT NULL
WITH p, count(DISTINCT a.date) AS issues, count(DISTINCT a) AS articles, min(a.date) AS firstDate, max(a.date) AS lastDate
WHERE issues >= $min
RETURN p.name AS programme,
       p.kind AS kind,
       issues,
       firstDate,
       lastDate,
       articles,
       COLLECT { MATCH (o:Organization)-[:RECEIVED|PARTICIPATED_IN|BENEFITED_FROM|ORGANIZED]->(p) RETURN DISTINCT o.name AS name ORDER BY name } AS organisations
ORDER BY issues DESC, firstDate, programme;
