/**
 * Bringing scenarios in: Thread JSON or scenario-set files, or a thread pasted as "Name: message" lines. A bad file or
 * paste shows its error (file, line, field) and changes nothing; the pasted text stays in the box to be fixed.
 */
import { useState } from 'react';
import { parsePastedThread } from '../../lib/playground/paste';
import { importScenarioFile, scenarioFromThread, slug } from '../../lib/playground/scenario-file';
import type { Scenario } from '../../lib/playground/schema';
import type { Platform } from '../../lib/thread/schema';
import { useT } from '../common/locale';

export interface ImportPanelProps {
  takenIds: readonly string[];
  onAdd: (scenarios: Scenario[]) => void;
  onExportAll: () => void;
  onResetAll: () => void;
}

type Message = { kind: 'ok' | 'error'; text: string };

export function ImportPanel({ takenIds, onAdd, onExportAll, onResetAll }: ImportPanelProps) {
  const t = useT();
  const [message, setMessage] = useState<Message | undefined>(undefined);
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const [platform, setPlatform] = useState<Platform>('x');
  const [brandName, setBrandName] = useState('');

  const importFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const added: Scenario[] = [];
    const errors: string[] = [];
    const taken = [...takenIds];
    for (const file of Array.from(files)) {
      const result = importScenarioFile(await file.text(), file.name, taken);
      if (result.ok) {
        added.push(...result.value);
        taken.push(...result.value.map((s) => s.id));
      } else errors.push(result.error);
    }
    if (added.length > 0) onAdd(added);
    setMessage(
      errors.length > 0
        ? { kind: 'error', text: errors.join('\n') + (added.length > 0 ? `\n(+${added.length})` : '') }
        : {
            kind: 'ok',
            text: t({ nl: `${added.length} scenario(’s) toegevoegd.`, en: `Added ${added.length} scenario(s).` }),
          },
    );
  };

  const importPaste = () => {
    const brand = brandName.trim();
    const result = parsePastedThread(pasted, {
      platform,
      ...(brand ? { brand: { name: brand, handles: brand.startsWith('@') ? [brand] : [], voice: 'informal' } } : {}),
    });
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.error });
      return;
    }
    let scenario = scenarioFromThread(result.value, 'geplakt');
    const base = slug(scenario.title.en) || 'pasted';
    let id = base;
    for (let n = 2; takenIds.includes(id); n++) id = `${base}-${n}`;
    scenario = { ...scenario, id };
    onAdd([scenario]);
    setPasted('');
    setPasting(false);
    setMessage({
      kind: 'ok',
      text: t({ nl: 'Geplakte draad toegevoegd als nieuw scenario.', en: 'Pasted thread added as a new scenario.' }),
    });
  };

  return (
    <section className="pg-import" data-testid="import-panel">
      <div className="pg-import__bar">
        <label className="pg-button">
          {t({ nl: 'Importeer bestanden…', en: 'Import files…' })}
          <input
            type="file"
            accept=".json,application/json"
            multiple
            hidden
            data-testid="import-file"
            onChange={(event) => {
              void importFiles(event.target.files);
              event.target.value = '';
            }}
          />
        </label>
        <button type="button" className="pg-button" onClick={() => setPasting(!pasting)} data-testid="toggle-paste">
          {t({ nl: 'Plak een draad', en: 'Paste a thread' })}
        </button>
        <button type="button" className="pg-button" onClick={onExportAll} data-testid="export-all">
          {t({ nl: 'Exporteer alle scenario’s', en: 'Export all scenarios' })}
        </button>
        <button
          type="button"
          className="pg-button pg-button--danger"
          onClick={() => {
            if (
              globalThis.confirm?.(
                t({ nl: 'Alle wijzigingen en eigen scenario’s wissen?', en: 'Discard all edits and own scenarios?' }),
              ) ??
              true
            )
              onResetAll();
          }}
        >
          {t({ nl: 'Alles terugzetten', en: 'Reset everything' })}
        </button>
      </div>
      {pasting ? (
        <div className="pg-paste">
          <p className="pg-muted">
            {t({
              nl: 'Eén bericht per regel: "Naam: bericht" of "Naam (@handle): bericht". Zet [merk] achter de naam van het merk, of vul hieronder de merknaam in.',
              en: 'One post per line: "Name: message" or "Name (@handle): message". Put [brand] after the brand’s name, or fill in the brand below.',
            })}
          </p>
          <textarea
            rows={6}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
            aria-label={t({ nl: 'Geplakte draad', en: 'Pasted thread' })}
            data-testid="paste-text"
          />
          <div className="pg-import__bar">
            <select
              value={platform}
              onChange={(event) => setPlatform(event.target.value as Platform)}
              aria-label="Platform"
            >
              <option value="x">X</option>
              <option value="facebook">Facebook</option>
              <option value="linkedin">LinkedIn</option>
              <option value="web">Web</option>
            </select>
            <input
              placeholder={t({ nl: 'Merk (naam of @handle, optioneel)', en: 'Brand (name or @handle, optional)' })}
              value={brandName}
              onChange={(event) => setBrandName(event.target.value)}
            />
            <button
              type="button"
              className="pg-button pg-button--primary"
              onClick={importPaste}
              data-testid="paste-create"
            >
              {t({ nl: 'Maak scenario', en: 'Create scenario' })}
            </button>
          </div>
        </div>
      ) : null}
      {message ? (
        <pre
          className={`pg-message pg-message--${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
          data-testid="import-message"
        >
          {message.text}
        </pre>
      ) : null}
    </section>
  );
}
