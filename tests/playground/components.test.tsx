// @vitest-environment happy-dom
/**
 * The playground renders page text as React text, never HTML: a post or a draft full of markup shows the markup as
 * characters. And findings become <mark>s over exactly their span of the draft.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportedFinding } from '../../lib/analysis/types';
import { threadSchema } from '../../lib/thread/schema';
import { LocaleProvider } from '../../components/common/locale';
import { DraftEditor } from '../../components/playground/DraftEditor';
import { ThreadView } from '../../components/playground/ThreadView';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let host: HTMLElement | undefined;

function render(node: React.ReactNode): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(<LocaleProvider language="en">{node}</LocaleProvider>));
  return host;
}

afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

const hostile = '<img src=x onerror="globalThis.pwned=1"><b>bold</b>';

describe('ThreadView', () => {
  it('shows markup in posts as text and highlights the target and cue posts', () => {
    const thread = threadSchema.parse({
      version: 1,
      platform: 'facebook',
      brand: { name: 'Voltra Energie' },
      posts: [
        { id: 'p1', author: 'Voltra Energie', isBrand: true, text: 'Nieuwe app!' },
        { id: 'p2', author: '<i>Sandra</i>', text: hostile, parentId: 'p1' },
      ],
    });
    const view = render(<ThreadView thread={thread} cues={[{ postId: 'p2', cue: 'praise after a complaint' }]} />);
    expect(view.querySelector('img')).toBeNull();
    expect(view.querySelector('b')).toBeNull();
    expect(view.querySelector('[data-testid="post-p2"] .pg-post__text')?.textContent).toBe(hostile);
    expect(view.querySelector('[data-testid="post-p2"] .pg-post__author')?.textContent).toBe('<i>Sandra</i>');
    expect(view.querySelector('[data-target="true"]')?.getAttribute('data-testid')).toBe('post-p2');
    expect(view.querySelector('[data-testid="sarcasm-cue"]')?.textContent).toContain('praise after a complaint');
    expect(view.querySelector('[data-testid="post-p1"] .pg-post__brand-badge')).not.toBeNull();
  });
});

describe('DraftEditor', () => {
  it('marks each finding over its span and lists its message', () => {
    const draft = 'Wat vervelend dat je ontevreden bent. <b>Hoi</b>';
    const finding: ReportedFinding = {
      ruleId: 'cliche-stock-empathy',
      kind: 'cliche',
      severity: 'warning',
      message: 'Stock empathy: "Wat vervelend dat je ontevreden bent"',
      start: 0,
      end: 36,
      suggestions: [],
    };
    const view = render(
      <DraftEditor id="a" label="Draft" value={draft} onChange={() => undefined} findings={[finding]} />,
    );
    const marks = [...view.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['Wat vervelend dat je ontevreden bent']);
    expect(view.querySelector('b')).toBeNull();
    expect(view.querySelector('[data-testid="finding"]')?.getAttribute('data-rule')).toBe('cliche-stock-empathy');
    expect(view.querySelector('[data-testid="finding-count-a"]')?.textContent).toBe('1 finding');
  });

  it('says "no findings" for a clean draft and "check unavailable" when the analysis failed', () => {
    const clean = render(<DraftEditor id="a" label="Draft" value="Hoi" onChange={() => undefined} findings={[]} />);
    expect(clean.querySelector('[data-testid="finding-count-a"]')?.textContent).toBe('no findings');
    act(() => root?.unmount());
    const failed = render(
      <DraftEditor id="b" label="Draft" value="Hoi" onChange={() => undefined} findings={[]} unavailable />,
    );
    expect(failed.querySelector('[data-testid="finding-count-b"]')?.textContent).toBe('check unavailable');
  });
});
