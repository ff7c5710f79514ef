// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { EntryPreview } from '../../components/options/PhrasebookSection';
import { defaultSettings } from '../../lib/settings/schema';
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

describe('EntryPreview', () => {
  it('shows HTML and script from an entry as text, fills the sample customer and marks what is missing', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const entry = phrasebookEntrySchema.parse({
      id: 'h',
      title: hostile,
      text: { nl: `Hoi {firstName}, ${hostile} zie {statusUrl}. {{letterlijk}}` },
    });
    const settings = { ...defaultSettings, brand: { ...defaultSettings.brand, name: 'SpoorLinq' } };
    const container = render(<EntryPreview entry={entry} settings={settings} variables={{}} />);
    expect(container.querySelector('img, script')).toBeNull();
    const text = container.textContent ?? '';
    expect(text).toContain(`Hoi Annelies, ${hostile} zie {statusUrl}. {letterlijk}`);
    expect([...container.querySelectorAll('mark')].map((mark) => mark.getAttribute('data-missing'))).toEqual([
      'statusUrl',
    ]);
    expect(text).toContain('Must be filled in before sending: statusUrl');
  });

  it('uses the team’s values for team variables', () => {
    const entry = phrasebookEntrySchema.parse({ id: 's', title: 'S', text: { en: 'See {statusUrl}, {firstName}.' } });
    const container = render(
      <EntryPreview entry={entry} settings={defaultSettings} variables={{ statusUrl: 'https://status.example.org' }} />,
    );
    expect(container.textContent).toContain('See https://status.example.org, Annelies.');
    expect(container.querySelector('mark')).toBeNull();
  });
});
