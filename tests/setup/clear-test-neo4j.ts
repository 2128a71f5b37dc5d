// Run by global-teardown.ts in a child process (`node --import tsx`): empties the database the tests used, so what
// they wrote does not linger in the graph a later `npm start` loads into the same server.
import { clearDatabase, openTestStore } from '../helpers/neo4j.js';

const store = openTestStore();
try {
  await clearDatabase(store);
} catch (e) {
  process.stderr.write(`[kg test teardown] could not empty the test database: ${(e as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await store.close();
}
