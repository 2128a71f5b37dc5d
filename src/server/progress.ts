// Progress of slow server work (downloading jars, starting, stopping). The library reports it through a callback
// and stays silent; the CLI and the test setup decide where the messages go.

export interface ServerProgress {
  phase: 'install' | 'configure' | 'start' | 'stop';
  message: string;
}

export type OnServerProgress = (event: ServerProgress) => void;

export const ignoreProgress: OnServerProgress = () => {};
