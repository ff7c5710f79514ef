// @vitest-environment happy-dom
// The options page section for the rules (components/options/RulesSection.tsx): switches, severity, team phrases.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it, vi } from 'vitest';
import { RulesSection } from '../../components/options/RulesSection';
import { defaultSettings } from '../../lib/settings/schema';
import { rules } from '../../lib/analyzers/index';
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
it('lists every rule and saves a switched-off rule and team phrases', async () => {
  const host = document.createElement('div');
  document.body.append(host);
  const save = vi.fn(async (s) => s);
  await act(async () => createRoot(host).render(<RulesSection settings={defaultSettings} save={save} />));
  expect(host.querySelectorAll('tr[data-rule]').length).toBe(rules.length);
  const box = host.querySelector<HTMLInputElement>('input[name="rule-cliche-stock-empathy"]')!;
  await act(async () => box.click());
  const area = host.querySelector<HTMLTextAreaElement>('textarea[name="team-banned"]')!;
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setter.call(area, 'helaas\n');
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => host.querySelector<HTMLButtonElement>('button[type="submit"]')!.click());
  expect(save).toHaveBeenCalledOnce();
  const saved = save.mock.calls[0]![0];
  expect(saved.rules).toEqual({ 'cliche-stock-empathy': { enabled: false } });
  expect(saved.teamPhrases.banned).toEqual(['helaas']);
});
