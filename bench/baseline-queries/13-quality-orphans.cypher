// name: quality-orphans
// description: Data quality: entities no fact connects — only mentioned, never in a relation — to review for missing rules or wrong readings.
// param: label = — only this label (empty for all)
// :param label => '';
MATCH (e)
WHERE (e:Person OR e:Organization OR e:Programme OR e:Outcome) AND ($label = '' OR $label IN labels(e))
  AND NOT (e)-[:LOCATED_IN|PART_OF|WORKS_FOR|FOUNDED|SPUN_OFF_FROM|RECEIVED|PARTICIPATED_IN|ORGANIZED|BENEFITED_FROM|SUPPLIES|TRADES_WITH|PILOTED_IN|PARTNER_OF|IN_INDUSTRY|REPORTED|WROTE]-()
RETURN [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Programme', 'Outcome']][0] AS label, e.name AS name, e.kind AS kind, e.mentionCount AS mentions
ORDER BY label, name;
