/** Brand name, handles per site, voice (je/u), agent name and initials, UI language — the first-run questions. */
import { useState, type FormEvent } from 'react';
import type { Settings } from '../../lib/settings/schema';
import { useT } from '../common/locale';
import type { SectionProps } from './sections';

const splitHandles = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((handle) => handle.trim())
    .filter(Boolean);

export function GeneralSection({ settings, save }: SectionProps) {
  const t = useT();
  const [draft, setDraft] = useState<Settings>(settings);
  const [handles, setHandles] = useState(() => ({
    x: settings.brand.handles.x.join(', '),
    facebook: settings.brand.handles.facebook.join(', '),
    linkedin: settings.brand.handles.linkedin.join(', '),
  }));
  const [status, setStatus] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save({
        ...draft,
        configured: true,
        brand: {
          ...draft.brand,
          handles: {
            x: splitHandles(handles.x),
            facebook: splitHandles(handles.facebook),
            linkedin: splitHandles(handles.linkedin),
          },
        },
      });
      setStatus(t({ nl: 'Opgeslagen.', en: 'Saved.' }));
    } catch (error) {
      setStatus(t({ nl: 'Niet opgeslagen: ', en: 'Not saved: ' }) + String(error));
    }
  };

  const brand = (patch: Partial<Settings['brand']>) => setDraft({ ...draft, brand: { ...draft.brand, ...patch } });
  const agent = (patch: Partial<Settings['agent']>) => setDraft({ ...draft, agent: { ...draft.agent, ...patch } });

  return (
    <form onSubmit={(event) => void submit(event)} className="wc-form">
      <label>
        {t({ nl: 'Naam van het merk', en: 'Brand name' })}
        <input name="brand-name" value={draft.brand.name} onChange={(e) => brand({ name: e.target.value })} required />
      </label>
      {(['x', 'facebook', 'linkedin'] as const).map((site) => (
        <label key={site}>
          {t({ nl: `Accounts op ${siteName[site]}`, en: `Handles on ${siteName[site]}` })}
          <input
            name={`handles-${site}`}
            value={handles[site]}
            placeholder={site === 'x' ? '@SpoorLinq' : 'spoorlinq'}
            onChange={(e) => setHandles({ ...handles, [site]: e.target.value })}
          />
        </label>
      ))}
      <fieldset>
        <legend>{t({ nl: 'Aanspreekvorm', en: 'Voice' })}</legend>
        <label>
          <input
            type="radio"
            name="voice"
            checked={draft.brand.voice === 'informal'}
            onChange={() => brand({ voice: 'informal' })}
          />
          {t({ nl: 'informeel (je/jij)', en: 'informal (je/jij, casual English)' })}
        </label>
        <label>
          <input
            type="radio"
            name="voice"
            checked={draft.brand.voice === 'formal'}
            onChange={() => brand({ voice: 'formal' })}
          />
          {t({ nl: 'formeel (u/uw)', en: 'formal (u/uw, formal English)' })}
        </label>
      </fieldset>
      <label>
        {t({ nl: 'Ondertekening (leeg = niet ondertekenen)', en: 'Signature (empty = do not sign)' })}
        <input
          name="signature"
          value={draft.brand.signature}
          placeholder="^{initials}"
          onChange={(e) => brand({ signature: e.target.value })}
        />
      </label>
      <label>
        {t({ nl: 'Je voornaam', en: 'Your first name' })}
        <input
          name="agent-first-name"
          value={draft.agent.firstName}
          onChange={(e) => agent({ firstName: e.target.value })}
        />
      </label>
      <label>
        {t({ nl: 'Je initialen', en: 'Your initials' })}
        <input
          name="agent-initials"
          value={draft.agent.initials}
          maxLength={6}
          onChange={(e) => agent({ initials: e.target.value })}
        />
      </label>
      <label>
        {t({ nl: 'Taal van de assistent', en: 'Assistant language' })}
        <select
          name="ui-language"
          value={draft.uiLanguage}
          onChange={(e) => setDraft({ ...draft, uiLanguage: e.target.value as Settings['uiLanguage'] })}
        >
          <option value="auto">{t({ nl: 'zoals de browser', en: 'as the browser' })}</option>
          <option value="nl">Nederlands</option>
          <option value="en">English</option>
        </select>
      </label>
      <button type="submit">{t({ nl: 'Opslaan', en: 'Save' })}</button>
      {status && (
        <p role="status" data-testid="status">
          {status}
        </p>
      )}
    </form>
  );
}

const siteName = { x: 'X', facebook: 'Facebook', linkedin: 'LinkedIn' } as const;
