import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cohenKappa, loadSecondReading } from '../../scripts/eval/second-reading';

describe('second reading', () => {
  it("computes Cohen's kappa: 1 for identical readings, 0 for chance agreement, negative for opposite", () => {
    expect(cohenKappa([true, false, true, false], [true, false, true, false])).toBe(1);
    expect(cohenKappa([true, true, false, false], [true, false, true, false])).toBe(0);
    expect(cohenKappa([true, false], [false, true])).toBeLessThan(0);
  });

  it('reads the committed file, and rejects a row with an unknown label by line', () => {
    const rows = loadSecondReading();
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    const dir = mkdtempSync(join(tmpdir(), 'second-reading-'));
    const file = join(dir, 'bad.tsv');
    writeFileSync(file, '# comment\nnl-rail-001\tS\tcomplaint\nnl-rail-002\tmaybe\tcomplaint\n');
    expect(() => loadSecondReading(file)).toThrow(/second-reading.tsv:3/);
  });
});
