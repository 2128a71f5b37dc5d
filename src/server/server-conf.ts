// The neo4j.conf of the local server, rewritten on every start from the environment (edits to the file are lost:
// change NEO4J_* variables instead). It binds to the loopback address only, with authentication on.
import type { LocalServerConfig } from '../config/local-server-config.js';

export function renderNeo4jConf(local: LocalServerConfig): string {
  const settings: Array<[string, string]> = [
    ['server.default_listen_address', '127.0.0.1'],
    // Routing tables (neo4j:// URIs) hand out this address; "localhost" may resolve to ::1, where nothing listens.
    ['server.default_advertised_address', '127.0.0.1'],
    ['server.bolt.listen_address', `127.0.0.1:${local.boltPort}`],
    ['server.bolt.advertised_address', `127.0.0.1:${local.boltPort}`],
    ['server.http.listen_address', `127.0.0.1:${local.httpPort}`],
    ['server.http.advertised_address', `127.0.0.1:${local.httpPort}`],
    ['server.https.enabled', 'false'],
    ['dbms.security.auth_enabled', 'true'],
    ['dbms.usage_report.enabled', 'false'],
    ['dbms.security.procedures.unrestricted', 'apoc.*'],
    // LOAD CSV reads file:/// URLs inside .neo4j/import/ only. Unset, it reads any file the server can, the
    // credentials file included; file URLs stay allowed so CSV exports can be loaded from there.
    ['server.directories.import', 'import'],
    ['dbms.security.allow_csv_import_from_file_urls', 'true'],
    ['server.memory.pagecache.size', local.pageCache],
    // Netty's default 5 s quiet period, paid twice, made every stop take 12 s instead of 2.
    ['internal.dbms.bolt.netty_server_shutdown_quiet_period', '0'],
    // Loads write far more transaction log than data (2.9 GB of logs for a 0.3 GB store after a few loads of a
    // year's archive), and by default every log of the last two days is kept, for backups and clusters this
    // server has none of. Logs beyond 500 MB are pruned at the next checkpoint; recovery needs only the latest.
    ['db.tx_log.rotation.retention_policy', '500M size'],
  ];
  return [
    '# Written by kg (src/server/server-conf.ts) on every `kg neo4j start`; edits here are overwritten.',
    '# Ports and memory come from NEO4J_BOLT_PORT, NEO4J_HTTP_PORT, NEO4J_HEAP and NEO4J_PAGECACHE.',
    ...settings.map(([key, value]) => `${key}=${value}`),
    '',
  ].join('\n');
}
