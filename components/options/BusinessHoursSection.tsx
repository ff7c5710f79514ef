/**
 * Business hours (per weekday, time zone, exceptions such as a crisis or a holiday) and the team's response
 * targets. Opening spans are typed as "08:00-12:00, 13:00-20:00"; everything is checked by the settings schema.
 */
import { useState, type FormEvent } from 'react';
import {
  businessHoursSchema,
  weekdays,
  type BusinessException,
  type OpeningSpan,
  type Settings,
  type Weekday,
} from '../../lib/settings/schema';
import { isValidTimeZone } from '../../lib/insights/local-time';
import { instantOf, localParts } from '../../lib/insights/local-time';
import { useT } from '../common/locale';
import type { SectionProps } from './sections';

const dayNames: Record<Weekday, { nl: string; en: string }> = {
  mon: { nl: 'maandag', en: 'Monday' },
  tue: { nl: 'dinsdag', en: 'Tuesday' },
  wed: { nl: 'woensdag', en: 'Wednesday' },
  thu: { nl: 'donderdag', en: 'Thursday' },
  fri: { nl: 'vrijdag', en: 'Friday' },
  sat: { nl: 'zaterdag', en: 'Saturday' },
  sun: { nl: 'zondag', en: 'Sunday' },
};

const spansToText = (spans: readonly OpeningSpan[]) => spans.map((span) => `${span.start}-${span.end}`).join(', ');
function textToSpans(text: string): OpeningSpan[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [start = '', end = ''] = part.split('-').map((time) => time.trim().padStart(5, '0'));
      return { start, end };
    });
}

/** datetime-local value ("2026-12-24T18:00") in the team's zone ↔ ISO instant. */
function localInputToIso(value: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return '';
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return new Date(instantOf(y, mo, d, h * 60 + mi, timeZone)).toISOString();
}
function isoToLocalInput(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const local = localParts(ms, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${local.year}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minutes % 60)}`;
}

export function BusinessHoursSection({ settings, save }: SectionProps) {
  const t = useT();
  const [hours, setHours] = useState(settings.businessHours);
  const [week, setWeek] = useState(() =>
    Object.fromEntries(weekdays.map((day) => [day, spansToText(settings.businessHours.week[day])])),
  );
  const [targets, setTargets] = useState(settings.responseTargets);
  const [status, setStatus] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isValidTimeZone(hours.timeZone)) {
      setStatus(t({ nl: 'Onbekende tijdzone: ', en: 'Unknown time zone: ' }) + hours.timeZone);
      return;
    }
    const parsed = businessHoursSchema.safeParse({
      ...hours,
      week: Object.fromEntries(weekdays.map((day) => [day, textToSpans(week[day] ?? '')])),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setStatus(
        t({ nl: 'Niet opgeslagen: ', en: 'Not saved: ' }) + `${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
      );
      return;
    }
    try {
      const next: Settings = { ...settings, businessHours: parsed.data, responseTargets: targets };
      await save(next);
      setStatus(t({ nl: 'Opgeslagen.', en: 'Saved.' }));
    } catch (error) {
      setStatus(t({ nl: 'Niet opgeslagen: ', en: 'Not saved: ' }) + String(error));
    }
  };

  const setException = (index: number, patch: Partial<BusinessException>) =>
    setHours({
      ...hours,
      exceptions: hours.exceptions.map((ex, i) => (i === index ? { ...ex, ...patch } : ex)),
    });

  return (
    <form onSubmit={(event) => void submit(event)} className="wc-form" data-testid="business-hours-form">
      <label>
        <input
          type="checkbox"
          name="hours-enabled"
          checked={hours.enabled}
          onChange={(e) => setHours({ ...hours, enabled: e.target.checked })}
        />
        {t({
          nl: 'Kantooruren gebruiken (buiten kantooruren zegt de zijbalk het)',
          en: 'Use business hours (outside them the sidebar says so)',
        })}
      </label>
      <label>
        {t({ nl: 'Tijdzone', en: 'Time zone' })}
        <input
          name="time-zone"
          value={hours.timeZone}
          onChange={(e) => setHours({ ...hours, timeZone: e.target.value })}
        />
      </label>
      {weekdays.map((day) => (
        <label key={day}>
          {t(dayNames[day])}
          <input
            name={`hours-${day}`}
            value={week[day] ?? ''}
            placeholder={t({ nl: 'gesloten, of 08:00-20:00', en: 'closed, or 08:00-20:00' })}
            onChange={(e) => setWeek({ ...week, [day]: e.target.value })}
          />
        </label>
      ))}
      <fieldset>
        <legend>{t({ nl: 'Uitzonderingen (crisis, feestdag)', en: 'Exceptions (crisis, holiday)' })}</legend>
        {hours.exceptions.map((ex, index) => (
          <div key={index} className="wc-row">
            <input
              aria-label={t({ nl: 'Naam', en: 'Label' })}
              value={ex.label}
              onChange={(e) => setException(index, { label: e.target.value })}
            />
            <input
              type="datetime-local"
              aria-label={t({ nl: 'Van', en: 'From' })}
              value={isoToLocalInput(ex.from, hours.timeZone)}
              onChange={(e) => setException(index, { from: localInputToIso(e.target.value, hours.timeZone) })}
            />
            <input
              type="datetime-local"
              aria-label={t({ nl: 'Tot', en: 'To' })}
              value={isoToLocalInput(ex.to, hours.timeZone)}
              onChange={(e) => setException(index, { to: localInputToIso(e.target.value, hours.timeZone) })}
            />
            <select
              value={ex.open ? 'open' : 'closed'}
              onChange={(e) => setException(index, { open: e.target.value === 'open' })}
            >
              <option value="open">{t({ nl: 'open (crisis: altijd)', en: 'open (crisis: all hours)' })}</option>
              <option value="closed">{t({ nl: 'gesloten', en: 'closed' })}</option>
            </select>
            <button
              type="button"
              onClick={() => setHours({ ...hours, exceptions: hours.exceptions.filter((_, i) => i !== index) })}
            >
              {t({ nl: 'Verwijderen', en: 'Remove' })}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => {
            const from = new Date();
            const to = new Date(from.getTime() + 24 * 3_600_000);
            setHours({
              ...hours,
              exceptions: [
                ...hours.exceptions,
                { label: 'crisis', from: from.toISOString(), to: to.toISOString(), open: true },
              ],
            });
          }}
        >
          {t({ nl: 'Uitzondering toevoegen', en: 'Add an exception' })}
        </button>
      </fieldset>
      <label>
        <input
          type="checkbox"
          checked={hours.countOnlyOpenHours}
          onChange={(e) => setHours({ ...hours, countOnlyOpenHours: e.target.checked })}
        />
        {t({
          nl: 'Reactietijden in inzichten tellen alleen kantooruren',
          en: 'Response times in insights count business hours only',
        })}
      </label>
      <label>
        {t({ nl: 'Doel: antwoord binnen (minuten)', en: 'Aim: answer within (minutes)' })}
        <input
          type="number"
          min={1}
          name="target-minutes"
          value={targets.targetMinutes}
          onChange={(e) => setTargets({ ...targets, targetMinutes: Math.max(1, Number(e.target.value) || 1) })}
        />
      </label>
      <label>
        {t({ nl: 'Uiterlijk binnen (minuten)', en: 'Limit (minutes)' })}
        <input
          type="number"
          min={1}
          name="limit-minutes"
          value={targets.limitMinutes}
          onChange={(e) => setTargets({ ...targets, limitMinutes: Math.max(1, Number(e.target.value) || 1) })}
        />
      </label>
      <button type="submit">{t({ nl: 'Opslaan', en: 'Save' })}</button>
      {status && <p role="status">{status}</p>}
    </form>
  );
}
