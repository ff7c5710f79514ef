// PLACEHOLDER: the 'analyze' command lands with its capability.
export function run(_args: string[]): Promise<number> {
  process.stderr.write('webcare analyze: not built yet\n');
  return Promise.resolve(2);
}
