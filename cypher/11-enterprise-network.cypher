// name: enterprise-network
// description: Business links between organisations, one row per link: who supplies whom (the end is the customer), trading partners (firms and the countries a firm exports to), partners, and spin-offs, with the sentences and rules that read it.
// param: company = — part of either organisation's name (empty for all)
// :param company => '';
// One row per link, however many articles read it: their sentences and rules are collected.
// A firm's trading partner may be a country (TRADES_WITH to a Place: 产品出口到德国); every other link is between
// organisations.
MATCH (a:Organization)-[r:SUPPLIES|TRADES_WITH|PARTNER_OF|SPUN_OFF_FROM]->(b)
WHERE (b:Organization OR (b:Place AND type(r) = 'TRADES_WITH'))
  AND ($company = '' OR a.name CONTAINS $company OR b.name CONTAINS $company)
WITH a, type(r) AS relation, b, collect(DISTINCT r.sentence) AS evidence, collect(DISTINCT r.rule) AS rules
RETURN a.name AS from, relation, b.name AS to, evidence, rules
ORDER BY relation, from, to;
