// name: enterprise-network
// description: Business links between organisations, one row per link: who supplies whom (the end is the customer), trading partners, partners, and spin-offs, with the sentences and rules that read it.
// param: company = — part of either organisation's name (empty for all)
// :param company => '';
// One row per link, however many articles read it: their sentences and rules are collected.
MATCH (a:Organization)-[r:SUPPLIES|TRADES_WITH|PARTNER_OF|SPUN_OFF_FROM]->(b:Organization)
WHERE $company = '' OR a.name CONTAINS $company OR b.name CONTAINS $company
WITH a, type(r) AS relation, b, collect(DISTINCT r.sentence) AS evidence, collect(DISTINCT r.rule) AS rules
RETURN a.name AS from, relation, b.name AS to, evidence, rules
ORDER BY relation, from, to;
