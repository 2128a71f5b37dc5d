// name: outcomes-by-measure
// description: Reported figures whose measure matches a word (产值, 专利, 走访…), with their subject, value in base units, period and the sentence they were read from.
// param: measure = 产值 — part of the measure (empty for all)
// :param measure => '产值';
MATCH (subject)-[r:REPORTED]->(o:Outcome)
WHERE $measure = '' OR o.measure CONTAINS $measure
RETURN subject.name AS subject,
       o.measure AS measure,
       o.value AS value,
       o.valueMax AS valueMax,
       o.unit AS unit,
       o.approximate AS approximate,
       o.period AS period,
       o.text AS printed,
       r.sentence AS evidence
ORDER BY subject, value DESC;
