/**
 * Outside business hours the sidebar says so, says when the team is back, and offers the phrasebook's
 * outside-hours reply (category "outside_hours"), filled in for this customer. Also: the time since the customer
 * posted against the team's targets (e.g. 1 h aim, 24 h limit).
 */
import { useEffect, useState } from 'react';
import { isOpenAt, nextOpening, openStateAt } from '../../lib/insights/business-hours';
import { fillTemplate, variableValues } from '../../lib/phrasebook/fill';
import type { PhrasebookEntry } from '../../lib/phrasebook/schema';
import type { Settings } from '../../lib/settings/schema';
import type { Post } from '../../lib/thread/schema';
import { useT, useUiLanguage } from '../common/locale';

/** Re-render every minute so "closed" and the clock stay true while the sidebar is open. */
export function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function BusinessHoursBanner(props: {
  settings: Settings;
  target?: Post | undefined;
  phrasebook: readonly PhrasebookEntry[];
  language: 'nl' | 'en';
  brandName: string;
  now: Date;
  onInsert?: ((text: string) => void) | undefined;
}) {
  const t = useT();
  const ui = useUiLanguage();
  const hours = props.settings.businessHours;
  if (isOpenAt(hours, props.now)) return null;
  const state = openStateAt(hours, props.now);
  const back = nextOpening(hours, props.now);
  const entry = props.phrasebook.find((candidate) => candidate.categories.includes('outside_hours'));
  const template = entry ? (entry.text[props.language] ?? entry.text.nl ?? entry.text.en ?? '') : '';
  const filled = props.target
    ? fillTemplate(
        template,
        variableValues({
          target: props.target,
          brand: { name: props.brandName },
          fill: {
            agent: props.settings.agent.firstName,
            initials: props.settings.agent.initials,
            timeZone: hours.timeZone,
          },
          now: props.now,
          language: props.language,
        }),
      )
    : undefined;
  const backText = back
    ? new Intl.DateTimeFormat(ui === 'nl' ? 'nl-NL' : 'en-GB', {
        weekday: 'long',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: hours.timeZone,
      }).format(back)
    : undefined;
  return (
    <div className="wc-hours" role="status" data-testid="outside-hours">
      <strong>
        {t({ nl: 'Buiten kantooruren', en: 'Outside business hours' })}
        {state.exception ? ` (${state.exception})` : ''}
      </strong>
      {backText && (
        <span>
          {' · '}
          {t({ nl: 'weer open: ', en: 'open again: ' })}
          {backText}
        </span>
      )}
      {filled && filled.text && (
        <div className="wc-hours-reply">
          <p className="wc-text">{filled.text}</p>
          {filled.missing.length > 0 ? (
            <p className="wc-muted">
              {t({ nl: 'Vul eerst in: ', en: 'Fill in first: ' })}
              {filled.missing.map((name) => `{${name}}`).join(', ')}
            </p>
          ) : (
            props.onInsert && (
              <button type="button" onClick={() => props.onInsert?.(filled.text)} data-testid="insert-outside-hours">
                {t({ nl: 'Buiten-kantoorurenantwoord invoegen', en: 'Insert the outside-hours reply' })}
              </button>
            )
          )}
        </div>
      )}
      {!entry && (
        <p className="wc-muted">
          {t({
            nl: 'Geen antwoord met categorie "outside_hours" in het antwoordenboek.',
            en: 'No phrasebook entry with category "outside_hours".',
          })}
        </p>
      )}
    </div>
  );
}

/** "Posted 2 h 10 min ago · aim 1 h · limit 24 h", coloured by how it stands against the targets. */
export function ResponseClock(props: { postedAt: string | undefined; settings: Settings; now: Date }) {
  const t = useT();
  if (!props.postedAt) return null;
  const elapsedMin = Math.max(0, Math.floor((props.now.getTime() - Date.parse(props.postedAt)) / 60_000));
  const { targetMinutes, limitMinutes } = props.settings.responseTargets;
  const level = elapsedMin <= targetMinutes ? 'ok' : elapsedMin <= limitMinutes ? 'late' : 'overdue';
  return (
    <p className={`wc-clock wc-clock-${level}`} data-testid="response-clock" data-level={level}>
      {t({ nl: 'Geplaatst ', en: 'Posted ' })}
      {formatMinutes(elapsedMin)}
      {t({ nl: ' geleden', en: ' ago' })}
      {' · '}
      {t({ nl: 'doel ', en: 'aim ' })}
      {formatMinutes(targetMinutes)}
      {' · '}
      {t({ nl: 'uiterlijk ', en: 'limit ' })}
      {formatMinutes(limitMinutes)}
    </p>
  );
}

export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hoursPart = Math.floor(minutes / 60);
  if (hoursPart < 48) return minutes % 60 ? `${hoursPart} h ${minutes % 60} min` : `${hoursPart} h`;
  return `${Math.floor(hoursPart / 24)} d ${hoursPart % 24} h`;
}
