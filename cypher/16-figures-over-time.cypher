// name: figures-over-time
// description: One measure of an enterprise or a place over time: each figure reported about it, with the period it covers (normalised, and as printed), the date of the issue that first reported it, how many articles reported it and their sentences; in the order of issue.
// param: subject = 平湖经开 — part of the enterprise's or place's name or alias (empty for all)
// param: measure = 产值 — the measure, as the figures name it (产值, 销售收入, 发明专利)
// :param subject => '平湖经开';
// :param measure => '产值';
// The measure is matched whole, so a series is of one measure (产值, not 产值同比增长 or 年产值).
MATCH (s)-[r:REPORTED]->(o:Outcome)
WHERE (s:Organization OR s:Place)
  AND o.measure = $measure
  AND ($subject = '' OR s.name CONTAINS $subject OR any(a IN s.aliases WHERE a CONTAINS $subject))
WITH s, o, collect(DISTINCT r.sentence) AS evidence, count(DISTINCT r.articleId) AS articles
RETURN s.name AS subject,
       o.reportedOn AS reportedOn,
       o.period AS period,
       o.periodText AS periodPrinted,
       o.value AS value,
       o.valueMax AS valueMax,
       o.unit AS unit,
       o.text AS printed,
       articles,
       evidence
ORDER BY subject, reportedOn, period, value;
