/**
 * `npm run -s webcare -- <command> …` (shared/docs/contracts.md "Command line"). Each command is one file in
 * scripts/cli/ exporting `run(args): Promise<number>` (the exit code); this file only dispatches.
 */
const commands: Record<string, () => Promise<{ run: (args: string[]) => Promise<number> }>> = {
  read: () => import('./cli/read'),
  analyze: () => import('./cli/analyze'),
  check: () => import('./cli/check'),
  eval: () => import('./cli/eval'),
};

const [name, ...args] = process.argv.slice(2);
const load = name ? commands[name] : undefined;
if (!load) {
  process.stderr.write(`usage: webcare <${Object.keys(commands).join('|')}> …  (see README "Command line")\n`);
  process.exit(2);
}
load()
  .then((command) => command.run(args))
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    process.stderr.write(`webcare ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
