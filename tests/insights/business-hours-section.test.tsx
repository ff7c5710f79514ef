// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { BusinessHoursSection } from '../../components/options/BusinessHoursSection';
import { defaultSettings, type Settings } from '../../lib/settings/schema';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
});

function setup() {
  const saved: Settings[] = [];
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root!.render(
      <BusinessHoursSection
        settings={defaultSettings}
        save={async (next) => {
          saved.push(next);
          return next;
        }}
      />,
    ),
  );
  return { container, saved };
}

function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit(container: HTMLElement) {
  await act(async () => {
    container.querySelector('form')!.requestSubmit();
  });
}

describe('BusinessHoursSection', () => {
  it('saves opening spans typed per weekday and the response targets', async () => {
    const { container, saved } = setup();
    type(container.querySelector<HTMLInputElement>('input[name="hours-mon"]')!, '09:00-12:00, 13:00-17:30');
    type(container.querySelector<HTMLInputElement>('input[name="hours-sat"]')!, '');
    type(container.querySelector<HTMLInputElement>('input[name="target-minutes"]')!, '30');
    await submit(container);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.businessHours.week.mon).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '13:00', end: '17:30' },
    ]);
    expect(saved[0]?.businessHours.week.sat).toEqual([]);
    expect(saved[0]?.responseTargets.targetMinutes).toBe(30);
  });

  it('refuses an impossible span or an unknown time zone, saying why', async () => {
    const { container, saved } = setup();
    type(container.querySelector<HTMLInputElement>('input[name="hours-tue"]')!, '17:00-09:00');
    await submit(container);
    expect(saved).toHaveLength(0);
    expect(container.querySelector('[role="status"]')?.textContent).toMatch(/Not saved: week\.tue/);
    type(container.querySelector<HTMLInputElement>('input[name="hours-tue"]')!, '09:00-17:00');
    type(container.querySelector<HTMLInputElement>('input[name="time-zone"]')!, 'Mars/Olympus');
    await submit(container);
    expect(saved).toHaveLength(0);
    expect(container.querySelector('[role="status"]')?.textContent).toContain('Unknown time zone');
  });
});
