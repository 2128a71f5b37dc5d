// name: outcomes-by-measure
// description: Reported figures whose measure matches a word (产值, 专利, 走访…), one row per figure and subject: value in base units and the figure as printed (rawValue, rawUnit: 104.39 亿元 beside 10439000000 元), whether it is a target or a forecast (outlook: planned, expected; null for a result), period (normalised, and as printed), the date of the issue that first reported it, how many articles reported it and their sentences.
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
       coalesce(o.rawValue, o.value) AS rawValue,
       coalesce(o.rawUnit, o.unit) AS rawUnit,
       o.approximate AS approximate,
       o.outlook AS outlook,
       o.period AS period,
       o.periodText AS periodPrinted,
       o.reportedOn AS reportedOn,
       o.text AS printed,
       articles,
       evidence
ORDER BY subject, value DESC, measure;
