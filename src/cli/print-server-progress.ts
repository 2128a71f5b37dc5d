// Prints the progress the server library reports (downloads, start, stop) on stderr, so stdout stays clean for
// results that scripts read (`kg stats --format json`, `kg neo4j status --json`).
import type { ServerProgress } from '../server/progress.js';

export function printServerProgress(event: ServerProgress): void {
  process.stderr.write(`kg: ${event.message}\n`);
}
