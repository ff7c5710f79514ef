/**
 * Where each value of a JSON text starts: a map from a path such as `posts[2].time` to its 1-based line, so
 * validation errors in hand-edited files (threads, phrasebooks, scenarios) can name the line to fix.
 * A small scanner, not a parser: it assumes the text already parsed with JSON.parse.
 */
export function locateJsonPaths(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let index = 0;
  let line = 1;

  const skipSpace = () => {
    while (index < text.length) {
      const char = text[index];
      if (char === '\n') line++;
      else if (char !== ' ' && char !== '\t' && char !== '\r') break;
      index++;
    }
  };
  const readString = (): string => {
    const start = index;
    index++; // opening quote
    while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
    index++; // closing quote
    return JSON.parse(text.slice(start, index)) as string;
  };
  const readValue = (path: string): void => {
    skipSpace();
    if (!lines.has(path)) lines.set(path, line);
    const char = text[index];
    if (char === '{') {
      index++;
      skipSpace();
      while (index < text.length && text[index] !== '}') {
        skipSpace();
        const keyLine = line;
        const key = readString();
        const childPath = path ? `${path}.${key}` : key;
        lines.set(childPath, keyLine);
        skipSpace();
        index++; // colon
        readValue(childPath);
        lines.set(childPath, keyLine); // the key's line reads better than the value's
        skipSpace();
        if (text[index] === ',') index++;
        skipSpace();
      }
      index++;
    } else if (char === '[') {
      index++;
      let item = 0;
      skipSpace();
      while (index < text.length && text[index] !== ']') {
        readValue(`${path}[${item++}]`);
        skipSpace();
        if (text[index] === ',') index++;
        skipSpace();
      }
      index++;
    } else if (char === '"') {
      readString();
    } else {
      while (index < text.length && !/[\s,\]}]/.test(text[index] ?? '')) index++;
    }
  };

  try {
    readValue('');
  } catch {
    // A malformed text gives what was located so far; callers fall back to no line.
  }
  return lines;
}

/** `posts[0].colour` from a zod-style path. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
