import { exportCommand } from './exportCommand';

/** What `src/build/run.mjs` can run: each takes the command line's arguments, returns a status. */
export const commands: Record<string, (argv: readonly string[]) => Promise<number>> = {
  export: exportCommand,
};
