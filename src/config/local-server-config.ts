// Settings of the local Neo4j server kg runs from .neo4j/: its ports and memory. Sized by default for a small
// machine (2 cores): a 1 GB heap and 512 MB of page cache leave room for the pipeline and the tests beside it.
import { z } from 'zod';
import { configErrorFromIssues, unsetIfEmpty } from './env-errors.js';

export interface LocalServerConfig {
  boltPort: number;
  httpPort: number;
  /** JVM heap, in the JVM's notation (e.g. 1g, 1536m); used for both -Xms and -Xmx. */
  heap: string;
  /** server.memory.pagecache.size, e.g. 512m. */
  pageCache: string;
}

export const LOCAL_SERVER_DEFAULTS: LocalServerConfig = { boltPort: 7687, httpPort: 7474, heap: '1g', pageCache: '512m' };

const port = z
  .string()
  .regex(/^\d+$/, 'must be a port number between 1 and 65535')
  .transform(Number)
  .pipe(z.number().int().min(1, 'must be a port number between 1 and 65535').max(65535, 'must be a port number between 1 and 65535'));

const memorySize = z.string().regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 2g');

const schema = z
  .object({
    NEO4J_BOLT_PORT: z.preprocess(unsetIfEmpty, port.optional()),
    NEO4J_HTTP_PORT: z.preprocess(unsetIfEmpty, port.optional()),
    NEO4J_HEAP: z.preprocess(unsetIfEmpty, memorySize.optional()),
    NEO4J_PAGECACHE: z.preprocess(unsetIfEmpty, memorySize.optional()),
  })
  .transform((env) => ({
    boltPort: env.NEO4J_BOLT_PORT ?? LOCAL_SERVER_DEFAULTS.boltPort,
    httpPort: env.NEO4J_HTTP_PORT ?? LOCAL_SERVER_DEFAULTS.httpPort,
    heap: (env.NEO4J_HEAP ?? LOCAL_SERVER_DEFAULTS.heap).toLowerCase(),
    pageCache: (env.NEO4J_PAGECACHE ?? LOCAL_SERVER_DEFAULTS.pageCache).toLowerCase(),
  }))
  .refine((c) => c.boltPort !== c.httpPort, {
    message: 'must differ from NEO4J_HTTP_PORT (Bolt and HTTP cannot share a port)',
    path: ['NEO4J_BOLT_PORT'],
  });

/** Reads the local server's settings from the environment; throws CONFIG_INVALID naming the bad variable. */
export function loadLocalServerConfig(env: NodeJS.ProcessEnv = process.env): LocalServerConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw configErrorFromIssues(parsed.error.issues);
  return parsed.data;
}
