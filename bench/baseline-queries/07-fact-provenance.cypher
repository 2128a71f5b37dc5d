// name: fact-provenance
// description: The provenance of every fact about an entity: the relation, the other end, the article and the quoted sentence, the source file and character offsets, the rule that read it and its confidence.
// param: entity = 信易电热 — part of the entity's name or alias
// :param entity => '信易电热';
MATCH (e)
WHERE (e:Organization OR e:Person OR e:Place OR e:Programme) AND (e.name CONTAINS $entity OR any(a IN e.aliases WHERE a CONTAINS $entity))
MATCH (e)-[r]-(other)
WHERE NOT type(r) IN ['MENTIONS', 'WROTE'] AND r.articleId IS NOT NULL
OPTIONAL MATCH (article:Article {key: 'article:' + r.articleId})
RETURN e.name AS entity,
       type(r) AS relation,
       CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       other.name AS other,
       coalesce(article.title, article.name) AS article,
       r.sentence AS sentence,
       r.source AS source,
       r.sourceStart AS sourceStart,
       r.sourceEnd AS sourceEnd,
       r.rule AS rule,
       r.confidence AS confidence
ORDER BY relation, other;
