// The layout of the local server's home (.neo4j/): jars resolved by Maven, the configuration kg writes, and the
// data, logs and pid file the server leaves behind. Neo4j's own defaults place data/ and logs/ under the home.
import { join } from 'node:path';
import { NEO4J_HOME, PROJECT_ROOT } from '../config/project-paths.js';

export interface ServerPaths {
  home: string;
  lib: string;
  plugins: string;
  conf: string;
  confFile: string;
  data: string;
  /** LOAD CSV's root: file:/// URLs resolve inside it and cannot reach anything outside (credentials included). */
  importDir: string;
  /** Exists once the server has started for the first time; the initial password can be set only before. */
  systemDatabase: string;
  logs: string;
  consoleLog: string;
  mavenLog: string;
  pidFile: string;
  credentialsFile: string;
  /** Records the hash of the pom the jars in lib/ and plugins/ were resolved from. */
  installMarker: string;
  pom: string;
}

export function serverPaths(home: string = NEO4J_HOME): ServerPaths {
  return {
    home,
    lib: join(home, 'lib'),
    plugins: join(home, 'plugins'),
    conf: join(home, 'conf'),
    confFile: join(home, 'conf', 'neo4j.conf'),
    data: join(home, 'data'),
    importDir: join(home, 'import'),
    systemDatabase: join(home, 'data', 'databases', 'system'),
    logs: join(home, 'logs'),
    consoleLog: join(home, 'logs', 'console.log'),
    mavenLog: join(home, 'logs', 'maven.log'),
    pidFile: join(home, 'neo4j.pid'),
    credentialsFile: join(home, 'credentials'),
    installMarker: join(home, 'lib', '.kg-installed'),
    pom: join(PROJECT_ROOT, 'neo4j', 'pom.xml'),
  };
}
