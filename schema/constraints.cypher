// Generated from schema/model.ts by `npm run schema`; do not edit by hand.
// Uniqueness of every node key and every relationship key (MERGE and the loader's index seeks use the
// indexes behind them), and indexes on names. Neo4j 5.7 or later.
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT place_key IF NOT EXISTS FOR (n:Place) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT programme_key IF NOT EXISTS FOR (n:Programme) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT outcome_key IF NOT EXISTS FOR (n:Outcome) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT industry_key IF NOT EXISTS FOR (n:Industry) REQUIRE n.key IS UNIQUE;
CREATE INDEX article_name IF NOT EXISTS FOR (n:Article) ON (n.name);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX programme_name IF NOT EXISTS FOR (n:Programme) ON (n.name);
CREATE INDEX outcome_name IF NOT EXISTS FOR (n:Outcome) ON (n.name);
CREATE INDEX industry_name IF NOT EXISTS FOR (n:Industry) ON (n.name);
CREATE CONSTRAINT rel_located_in_key IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_part_of_key IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_works_for_key IF NOT EXISTS FOR ()-[r:WORKS_FOR]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_founded_key IF NOT EXISTS FOR ()-[r:FOUNDED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_spun_off_from_key IF NOT EXISTS FOR ()-[r:SPUN_OFF_FROM]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_received_key IF NOT EXISTS FOR ()-[r:RECEIVED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_participated_in_key IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_organized_key IF NOT EXISTS FOR ()-[r:ORGANIZED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_benefited_from_key IF NOT EXISTS FOR ()-[r:BENEFITED_FROM]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_supplies_key IF NOT EXISTS FOR ()-[r:SUPPLIES]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_trades_with_key IF NOT EXISTS FOR ()-[r:TRADES_WITH]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_piloted_in_key IF NOT EXISTS FOR ()-[r:PILOTED_IN]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_partner_of_key IF NOT EXISTS FOR ()-[r:PARTNER_OF]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_in_industry_key IF NOT EXISTS FOR ()-[r:IN_INDUSTRY]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_reported_key IF NOT EXISTS FOR ()-[r:REPORTED]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_mentions_key IF NOT EXISTS FOR ()-[r:MENTIONS]-() REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT rel_wrote_key IF NOT EXISTS FOR ()-[r:WROTE]-() REQUIRE r.key IS UNIQUE;
