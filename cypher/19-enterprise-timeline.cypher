// name: enterprise-timeline
// description: One enterprise through the archive in date order: the articles that mention it, the programmes it took part in, won, benefited from or ran, and the figures reported about it, each with the issue's date and the article.
// param: company = 信易 — part of the enterprise's name or alias
// :param company => '信易';
// Undated articles come last (a null date sorts after every date).
MATCH (c:Organization)
WHERE c.name CONTAINS $company OR any(x IN c.aliases WHERE x CONTAINS $company)
CALL (c) {
  MATCH (a:Article)-[:MENTIONS]->(c)
  RETURN a.date AS date, 0 AS step, 'article' AS event, coalesce(a.title, a.name) AS what, coalesce(a.title, a.name) AS article
  UNION ALL
  MATCH (c)-[r:RECEIVED|PARTICIPATED_IN|BENEFITED_FROM|ORGANIZED]->(p:Programme)
  MATCH (a:Article {key: 'article:' + r.articleId})
  RETURN a.date AS date, 1 AS step, 'programme' AS event, type(r) + ' ' + p.name AS what, coalesce(a.title, a.name) AS article
  UNION ALL
  MATCH (c)-[r:REPORTED]->(o:Outcome)
  MATCH (a:Article {key: 'article:' + r.articleId})
  RETURN a.date AS date, 2 AS step, 'figure' AS event, o.measure + ' ' + o.text + coalesce('（' + o.period + '）', '') AS what, coalesce(a.title, a.name) AS article
}
WITH DISTINCT c, date, step, event, what, article
RETURN c.name AS enterprise, date, event, what, article
ORDER BY enterprise, date, step, what;
