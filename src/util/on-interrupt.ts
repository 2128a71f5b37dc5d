// Work to undo when the process is interrupted: a temporary file not yet renamed into place, a commit of several
// outputs to finish. Library code registers and unregisters it around what it writes; only the CLI runs what is
// left, on SIGINT or SIGTERM, just before it exits. Each step is synchronous, since the process is about to end.
const pending = new Set<() => void>();

/** Registers `undo` to run if the process is interrupted; call the returned function once it is no longer needed. */
export function onInterrupt(undo: () => void): () => void {
  pending.add(undo);
  return () => void pending.delete(undo);
}

/** Runs every registered step, the latest first; a step that fails does not stop the others. */
export function runInterruptSteps(): void {
  for (const undo of [...pending].reverse()) {
    try {
      undo();
    } catch {
      // the process is exiting; nothing better to do with the failure
    }
  }
  pending.clear();
}
