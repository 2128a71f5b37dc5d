// name: identity-merges
// description: How names were tied across the archive, for an analyst to check: each firm some page named only by a short name, or by its full name without the place another page printed, tied to the one firm of the build it can stand for; each person named without an organisation, tied to the namesake at an organisation the article names; and each such name kept apart because several firms could be meant (with those firms). Rules, articles and dates.
// param: name = — part of a name or alias (empty for all)
// :param name => '';
// The rules are those of extract/archive.ts (org.short-form.archive, org.short-form.ambiguous),
// resolve/variants.ts (a mention's rule ending in +org.placeless.archive or +org.placeless.ambiguous) and
// resolve/people.ts (a mention's rule ending in +person.same-organisation).
MATCH (a:Article)-[m:MENTIONS]->(e)
WHERE (e:Organization OR e:Person)
  AND ($name = '' OR e.name CONTAINS $name OR any(x IN e.aliases WHERE x CONTAINS $name))
  AND any(rule IN m.rules WHERE rule IN ['org.short-form.archive', 'org.short-form.ambiguous'] OR rule ENDS WITH '+person.same-organisation' OR rule ENDS WITH '+org.placeless.archive' OR rule ENDS WITH '+org.placeless.ambiguous')
WITH e, collect(DISTINCT coalesce(a.title, a.name)) AS articles, min(a.date) AS firstDate, max(a.date) AS lastDate,
     [rule IN reduce(all = [], rs IN collect(m.rules) | all + rs) WHERE rule IN ['org.short-form.archive', 'org.short-form.ambiguous'] OR rule ENDS WITH '+person.same-organisation' OR rule ENDS WITH '+org.placeless.archive' OR rule ENDS WITH '+org.placeless.ambiguous'] AS rules
RETURN CASE WHEN e.ambiguousWith IS NULL THEN 'merged' ELSE 'ambiguous' END AS decision,
       [l IN labels(e) WHERE l IN ['Person', 'Organization']][0] AS label,
       e.name AS name,
       e.aliases AS aliases,
       e.ambiguousWith AS couldBe,
       reduce(distinct = [], rule IN rules | CASE WHEN rule IN distinct THEN distinct ELSE distinct + rule END) AS rules,
       articles,
       firstDate,
       lastDate
ORDER BY decision DESC, label, name;
