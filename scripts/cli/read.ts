// PLACEHOLDER: the 'read' command lands with its capability.
export function run(_args: string[]): Promise<number> {
  process.stderr.write('webcare read: not built yet\n');
  return Promise.resolve(2);
}
