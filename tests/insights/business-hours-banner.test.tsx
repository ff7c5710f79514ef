// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { BusinessHoursBanner, ResponseClock, formatMinutes } from '../../components/sidebar/BusinessHoursBanner';
import { defaultSettings, settingsSchema } from '../../lib/settings/schema';
import { phrasebookEntrySchema } from '../../lib/phrasebook/schema';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
});

function render(element: React.ReactElement): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root!.render(element));
  return container;
}

const settings = settingsSchema.parse({
  agent: { firstName: 'Sam', initials: 'SV' },
  businessHours: { enabled: true, timeZone: 'Europe/Amsterdam' },
});
const outsideHours = phrasebookEntrySchema.parse({
  id: 'closed',
  title: 'Closed',
  text: { nl: 'Hoi {firstName}, we zijn er morgen vanaf 8 uur weer. ^{initials}' },
  categories: ['outside_hours'],
});
const target = { id: 'p1', author: 'Annelies Meijer', isBrand: false, text: 'Trein weer te laat' };

describe('BusinessHoursBanner', () => {
  it('outside hours says so, when the team is back, and offers the filled outside-hours reply', () => {
    const inserted: string[] = [];
    const container = render(
      <BusinessHoursBanner
        settings={settings}
        target={target}
        phrasebook={[outsideHours]}
        language="nl"
        brandName="SpoorLinq"
        now={new Date('2026-11-27T21:00:00Z')} // Friday 22:00 in Amsterdam
        onInsert={(text) => inserted.push(text)}
      />,
    );
    expect(container.textContent).toContain('Outside business hours');
    expect(container.textContent).toMatch(/open again: Saturday.*10:00/);
    expect(container.textContent).toContain('Hoi Annelies, we zijn er morgen vanaf 8 uur weer. ^SV');
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="insert-outside-hours"]')!.click());
    expect(inserted).toEqual(['Hoi Annelies, we zijn er morgen vanaf 8 uur weer. ^SV']);
  });

  it('shows nothing during business hours or when hours are off', () => {
    const open = render(
      <BusinessHoursBanner
        settings={settings}
        target={target}
        phrasebook={[outsideHours]}
        language="nl"
        brandName="SpoorLinq"
        now={new Date('2026-11-25T10:00:00Z')}
      />,
    );
    expect(open.textContent).toBe('');
    const off = render(
      <BusinessHoursBanner
        settings={defaultSettings}
        target={target}
        phrasebook={[]}
        language="nl"
        brandName="SpoorLinq"
        now={new Date('2026-11-29T10:00:00Z')}
      />,
    );
    expect(off.textContent).toBe('');
  });
});

describe('ResponseClock', () => {
  it('compares the time since the post with the aim and the limit', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const level = (postedAt: string) =>
      render(<ResponseClock postedAt={postedAt} settings={settings} now={now} />)
        .querySelector('[data-testid="response-clock"]')
        ?.getAttribute('data-level');
    expect(level('2026-11-25T11:30:00Z')).toBe('ok');
    expect(level('2026-11-25T09:00:00Z')).toBe('late');
    expect(level('2026-11-23T09:00:00Z')).toBe('overdue');
    expect(formatMinutes(130)).toBe('2 h 10 min');
    expect(formatMinutes(60 * 50)).toBe('2 d 2 h');
  });
});
