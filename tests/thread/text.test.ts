// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isExpander, normalizeText, visibleText } from '../../lib/thread/text';

const fragment = (html: string) =>
  new DOMParser().parseFromString(`<div id="r">${html}</div>`, 'text/html').getElementById('r') as Element;

describe('visibleText', () => {
  it.each([
    [
      'emoji images as their alt',
      'Top <img alt="👏" src="https://abs-0.twimg.com/emoji/v2/svg/1f44f.svg"> zo',
      'Top 👏 zo',
    ],
    [
      'X link: zero-width aria-hidden parts dropped, the trailing … kept',
      '<a href="https://t.co/x"><span aria-hidden="true">https://</span>spoorlinq.nl/stor<span aria-hidden="true">ingen/utrecht</span><span aria-hidden="true">…</span></a>',
      'spoorlinq.nl/stor…',
    ],
    [
      'aria-hidden outside links is visible text (LinkedIn names)',
      '<span aria-hidden="true">KlikTel</span>',
      'KlikTel',
    ],
    ['See more / Meer weergeven buttons left out', 'Tekst… <div role="button">Meer weergeven</div>', 'Tekst…'],
    [
      'show-more testid left out',
      'Lang verhaal<span data-testid="tweet-text-show-more-link">Show more</span>',
      'Lang verhaal',
    ],
    [
      'buttons, svg and scripts left out',
      'a<button>Like</button><svg><text>x</text></svg><script>evil()</script>b',
      'ab',
    ],
    ['pre-wrap newlines kept, blank lines dropped', '<span>Regel een\n\nRegel twee</span>', 'Regel een\nRegel twee'],
    ['br breaks a line', 'een<br>twee', 'een\ntwee'],
    ['nbsp and zero-width spaces normalised', 'a\u00a0\u00a0b\u200bc', 'a bc'],
  ])('%s', (_name, html, expected) => {
    expect(visibleText(fragment(html))).toBe(expected);
  });

  it('in HTML flow, blocks break lines and source newlines are spaces', () => {
    const html = '<p>Eerste\n   alinea</p><div dir="auto">Tweede <b>alinea</b></div><ul><li>punt</li></ul>';
    expect(visibleText(fragment(html), { blocks: true })).toBe('Eerste alinea\nTweede alinea\npunt');
    expect(visibleText(fragment(html))).toBe('Eerste\nalineaTweede alineapunt');
  });

  it('skips what the caller asks it to', () => {
    const html = 'Mijn tekst<div role="link">geciteerde post</div>';
    expect(visibleText(fragment(html), { skip: (element) => element.getAttribute('role') === 'link' })).toBe(
      'Mijn tekst',
    );
  });
});

describe('normalizeText and isExpander', () => {
  it('trims lines and joins paragraphs with one newline', () => {
    expect(normalizeText('  a  b \r\n\r\n\n c\t')).toBe('a b\nc');
  });

  it.each([
    ['<div role="button">See more</div>', true],
    ['<div role="button">…meer</div>', true],
    ['<button>…more</button>', true],
    ['<div role="button">Reply</div>', false],
    ['<span>See more</span>', false],
  ])('%s → %s', (html, expected) => {
    const element = fragment(html).firstElementChild;
    expect(element && isExpander(element)).toBe(expected);
  });
});
