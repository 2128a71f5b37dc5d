// A worker thread's entry: registers tsx (a worker does not inherit the parent's loader hooks), then runs the
// TypeScript worker. Plain JavaScript so it starts the same under `kg` and under the test runner.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
