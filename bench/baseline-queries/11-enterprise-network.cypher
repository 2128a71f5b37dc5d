// name: enterprise-network
// description: Business links between organisations: who supplies whom (the end is the customer), trading partners, partners, and spin-offs.
// param: company = — part of either organisation's name (empty for all)
// :param company => '';
MATCH (a:Organization)-[r:SUPPLIES|TRADES_WITH|PARTNER_OF|SPUN_OFF_FROM]->(b:Organization)
WHERE $company = '' OR a.name CONTAINS $company OR b.name CONTAINS $company
RETURN a.name AS from, type(r) AS relation, b.name AS to, r.sentence AS evidence, r.rule AS rule
ORDER BY relation, from, to;
