// name: first-seen-after
// description: Who and what appeared for the first time on or after a date: people, organisations, places and programmes whose first dated article is of that date or later, with that date and article and how many issues have named them since.
// param: since = 2024-07-01 — the first date (YYYY-MM-DD)
// param: label = Organization — Person, Organization, Place or Programme (empty for all four)
// :param since => '2024-07-01';
// :param label => 'Organization';
MATCH (a:Article)-[:MENTIONS]->(e)
WHERE a.date IS NOT NULL
  AND (e:Person OR e:Organization OR e:Place OR e:Programme)
  AND ($label = '' OR $label IN labels(e))
WITH e, min(a.date) AS firstSeen, count(DISTINCT a.date) AS issues
WHERE firstSeen >= $since
RETURN [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place', 'Programme']][0] AS label,
       e.name AS name,
       e.kind AS kind,
       firstSeen,
       COLLECT { MATCH (first:Article)-[:MENTIONS]->(e) WHERE first.date = firstSeen RETURN DISTINCT coalesce(first.title, first.name) AS title ORDER BY title } AS firstArticles,
       issues
ORDER BY firstSeen, label, name;
