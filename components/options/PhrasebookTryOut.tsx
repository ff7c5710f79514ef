/**
 * "Try it": a customer message typed here is analysed exactly as the sidebar does (analyze()), against the
 * phrasebook on screen, so an author sees which replies come up, in what order and why.
 */
import { useMemo, useState } from 'react';
import { analyze } from '../../lib/analysis/analyze';
import type { Analysis } from '../../lib/analysis/types';
import type { Phrasebook } from '../../lib/phrasebook/schema';
import { highlightMissing } from '../../lib/phrasebook/fill';
import type { Settings } from '../../lib/settings/schema';
import { useT, useUiLanguage } from '../common/locale';

export function PhrasebookTryOut({ book, settings }: { book: Phrasebook; settings: Settings }) {
  const t = useT();
  const uiLanguage = useUiLanguage();
  const [message, setMessage] = useState(() =>
    uiLanguage === 'nl'
      ? 'Alweer 20 minuten vertraging op de trein naar Utrecht. Elke dag hetzelfde!'
      : 'My parcel says delivered but there is nothing here.',
  );
  const result = useMemo((): { analysis?: Analysis; error?: string } => {
    if (!message.trim()) return {};
    try {
      const analysis = analyze(
        {
          version: 1,
          platform: 'x',
          posts: [{ id: 'sample', author: 'Annelies Meijer', handle: '@annelies', isBrand: false, text: message }],
        },
        {
          brand: { name: settings.brand.name || 'Brand', handles: [], voice: settings.brand.voice },
          phrasebook: book.entries,
          fill: { agent: settings.agent.firstName, initials: settings.agent.initials, custom: book.variables },
          uiLanguage,
        },
      );
      return { analysis };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [message, book, settings, uiLanguage]);

  return (
    <div data-testid="phrasebook-try">
      <h3>{t({ nl: 'Probeer het uit', en: 'Try it' })}</h3>
      <label style={{ display: 'grid' }}>
        {t({ nl: 'Bericht van een klant', en: 'A customer’s message' })}
        <textarea
          name="phrasebook-try-message"
          rows={2}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
        />
      </label>
      {result.error && <p role="alert">{result.error}</p>}
      {result.analysis && (
        <>
          <small>
            {result.analysis.language} · {result.analysis.category}
          </small>
          <ol>
            {result.analysis.suggestions.map((suggestion) => (
              <li key={suggestion.id} data-suggestion={suggestion.id}>
                <b>{suggestion.title}</b> <small>({suggestion.score})</small>
                <div style={{ whiteSpace: 'pre-wrap' }}>
                  {highlightMissing(suggestion.text, suggestion.missing ?? []).map((part, index) =>
                    part.kind === 'text' ? (
                      <span key={index}>{part.text}</span>
                    ) : (
                      <mark key={index}>{`{${part.name}}`}</mark>
                    ),
                  )}
                </div>
                {suggestion.why && <small>{suggestion.why}</small>}
              </li>
            ))}
            {result.analysis.suggestions.length === 0 && (
              <li>{t({ nl: 'Geen passend antwoord.', en: 'No matching reply.' })}</li>
            )}
          </ol>
        </>
      )}
    </div>
  );
}
