// name: outcomes-by-measure
// description: Reported figures whose measure matches a word (产值, 专利, 走访…), one row per figure and subject: value in base units, period, how many articles reported it and their sentences.
// param: measure = 产值 — part of the measure (empty for all)
// :param measure => '产值';
// One row per figure and subject, however many articles reported it: their sentences are collected as evidence.
MATCH (subject)-[r:REPORTED]->(o:Outcome)
WHERE $measure = '' OR o.measure CONTAINS $measure
WITH subject, o, collect(DISTINCT r.sentence) AS evidence, count(DISTINCT r.articleId) AS articles
RETURN subject.name AS subject,
       o.measure AS measure,
       o.value AS value,
       o.valueMax AS valueMax,
       o.unit AS unit,
       o.approximate AS approximate,
       o.period AS period,
       o.text AS printed,
       articles,
       evidence
ORDER BY subject, value DESC, measure;
