/**
 * The insights page: charts over the handled-items log, filterable by period, platform and agent. Rows are loaded
 * once from the extension's database; every filter change recomputes with lib/insights (pure, benchmarked at
 * 100,000 items).
 */
import { useEffect, useMemo, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { webcareDb } from '../../lib/db/open';
import { checkedHandled } from '../../lib/db/log';
import type { HandledRecord } from '../../lib/db/records';
import { computeInsights, type Insights, type InsightsFilter } from '../../lib/insights/stats';
import { LanguageRoot } from '../common/LanguageRoot';
import { useT } from '../common/locale';
import { useSettings } from '../common/settings';
import type { Settings } from '../../lib/settings/schema';
import { ChartCanvas } from './ChartCanvas';
import { VolumeHeatmap } from './VolumeHeatmap';
import { categoryNames } from '../common/labels';

const palette = ['#1d64d8', '#e8590c', '#2b8a3e', '#c92a2a', '#7048e8', '#868e96'];
const periods = [
  { id: '7', days: 7, label: { nl: '7 dagen', en: '7 days' } },
  { id: '30', days: 30, label: { nl: '30 dagen', en: '30 days' } },
  { id: '90', days: 90, label: { nl: '90 dagen', en: '90 days' } },
  { id: '365', days: 365, label: { nl: 'een jaar', en: 'a year' } },
  { id: 'all', days: 0, label: { nl: 'alles', en: 'everything' } },
];

export function InsightsPage() {
  const [settings] = useSettings();
  return <LanguageRoot settings={settings}>{settings && <Insights settings={settings} />}</LanguageRoot>;
}

function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
const percent = (share: number) => `${Math.round(share * 100)}%`;

function Insights({ settings }: { settings: Settings }) {
  const t = useT();
  // "Now" for the period filter is when the log was loaded, so a render stays pure.
  const [loaded, setLoaded] = useState<{ rows: HandledRecord[]; at: number }>();
  const [error, setError] = useState<string>();
  const [period, setPeriod] = useState('30');
  const [platform, setPlatform] = useState('');
  const [agent, setAgent] = useState('');
  const [openHoursOnly, setOpenHoursOnly] = useState(settings.businessHours.countOnlyOpenHours);

  useEffect(() => {
    webcareDb()
      .handled.toArray()
      .then(
        (all) => setLoaded({ rows: checkedHandled(all), at: Date.now() }),
        (cause: unknown) => setError(String(cause)),
      );
  }, []);

  const filter: InsightsFilter = useMemo(() => {
    const days = periods.find((candidate) => candidate.id === period)?.days ?? 0;
    return {
      ...(days && loaded ? { from: new Date(loaded.at - days * 86_400_000).toISOString() } : {}),
      ...(platform ? { platforms: [platform] } : {}),
      ...(agent ? { agents: [agent] } : {}),
    };
  }, [period, platform, agent, loaded]);

  const insights: Insights | undefined = useMemo(
    () =>
      loaded &&
      computeInsights(loaded.rows, filter, {
        timeZone: settings.businessHours.timeZone,
        businessHours: { ...settings.businessHours, countOnlyOpenHours: openHoursOnly },
      }),
    [loaded, filter, settings.businessHours, openHoursOnly],
  );

  if (error) return <p role="alert">{error}</p>;
  if (!insights) return <p>{t({ nl: 'Logboek laden…', en: 'Loading the log…' })}</p>;

  return (
    <main className="wc-insights">
      <h1>{t({ nl: 'Inzichten', en: 'Insights' })}</h1>
      <form className="wc-filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t({ nl: 'Periode', en: 'Period' })}
          <select name="period" value={period} onChange={(e) => setPeriod(e.target.value)}>
            {periods.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {t(candidate.label)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t({ nl: 'Platform', en: 'Platform' })}
          <select name="platform" value={platform} onChange={(e) => setPlatform(e.target.value)}>
            <option value="">{t({ nl: 'alle', en: 'all' })}</option>
            {insights.platforms.map((value) => (
              <option key={value}>{value}</option>
            ))}
          </select>
        </label>
        <label>
          {t({ nl: 'Medewerker', en: 'Agent' })}
          <select name="agent" value={agent} onChange={(e) => setAgent(e.target.value)}>
            <option value="">{t({ nl: 'alle', en: 'all' })}</option>
            {insights.agents.map((value) => (
              <option key={value} value={value}>
                {value || t({ nl: '(geen naam)', en: '(no name)' })}
              </option>
            ))}
          </select>
        </label>
        {settings.businessHours.enabled && (
          <label>
            <input type="checkbox" checked={openHoursOnly} onChange={(e) => setOpenHoursOnly(e.target.checked)} />
            {t({ nl: 'Reactietijd: alleen kantooruren', en: 'Response time: business hours only' })}
          </label>
        )}
      </form>

      <section className="wc-kpis">
        <Kpi label={t({ nl: 'Afgehandeld', en: 'Handled' })} value={String(insights.count)} testId="kpi-count" />
        <Kpi
          label={t({ nl: 'Mediaan reactietijd', en: 'Median response time' })}
          value={insights.responseTime ? formatDuration(insights.responseTime.medianMs) : '—'}
          testId="kpi-median"
        />
        <Kpi
          label="p90"
          value={insights.responseTime ? formatDuration(insights.responseTime.p90Ms) : '—'}
          testId="kpi-p90"
        />
        <Kpi
          label={t({ nl: 'Binnen 1 uur', en: 'Within 1 hour' })}
          value={insights.responseTime ? percent(insights.responseTime.within1h) : '—'}
          testId="kpi-1h"
        />
        <Kpi
          label={t({ nl: 'Binnen 24 uur', en: 'Within 24 hours' })}
          value={insights.responseTime ? percent(insights.responseTime.within24h) : '—'}
          testId="kpi-24h"
        />
        <Kpi
          label={t({ nl: 'Sarcastisch', en: 'Sarcastic' })}
          value={percent(insights.sarcasm.rate)}
          testId="kpi-sarcasm"
        />
      </section>

      {insights.count === 0 ? (
        <p data-testid="insights-empty">
          {t({
            nl: 'Nog niets afgehandeld in deze selectie. Markeer items als afgehandeld in de zijbalk.',
            en: 'Nothing handled in this selection yet. Mark items handled in the sidebar.',
          })}
        </p>
      ) : (
        <Charts insights={insights} />
      )}
    </main>
  );
}

function Kpi({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="wc-kpi">
      <div className="wc-kpi-value" data-testid={testId}>
        {value}
      </div>
      <div className="wc-kpi-label">{label}</div>
    </div>
  );
}

function Charts({ insights }: { insights: Insights }) {
  const t = useT();
  const configs = useMemo(() => {
    const categoryKeys = Object.keys(insights.categories).filter(
      (key) => insights.categories[key as keyof Insights['categories']] > 0,
    );
    const bucketLabels = ['≤ 15 min', '≤ 1 h', '≤ 4 h', '≤ 24 h', '≤ 72 h', '> 72 h'];
    const bar = (labels: string[], data: number[], label: string, horizontal = false): ChartConfiguration => ({
      type: 'bar',
      data: { labels, datasets: [{ label, data, backgroundColor: '#1d64d8' }] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        indexAxis: horizontal ? 'y' : 'x',
        plugins: { legend: { display: false } },
      },
    });
    return {
      perDay: {
        type: 'line',
        data: {
          labels: insights.perDay.map((day) => day.day),
          datasets: [
            {
              label: t({ nl: 'items per dag', en: 'items per day' }),
              data: insights.perDay.map((day) => day.count),
              borderColor: '#1d64d8',
              pointRadius: 0,
            },
          ],
        },
        options: { responsive: true, maintainAspectRatio: false, animation: false },
      } satisfies ChartConfiguration as ChartConfiguration,
      response: bar(
        bucketLabels,
        insights.responseTime?.buckets.map((bucket) => bucket.count) ?? [],
        t({ nl: 'items', en: 'items' }),
      ),
      categories: {
        type: 'doughnut',
        data: {
          labels: categoryKeys.map((key) =>
            t(categoryNames[key as keyof typeof categoryNames] ?? { nl: key, en: key }),
          ),
          datasets: [
            {
              data: categoryKeys.map((key) => insights.categories[key as keyof Insights['categories']]),
              backgroundColor: palette,
            },
          ],
        },
        options: { responsive: true, maintainAspectRatio: false, animation: false },
      } satisfies ChartConfiguration as ChartConfiguration,
      sarcasm: {
        type: 'doughnut',
        data: {
          labels: [t({ nl: 'sarcastisch', en: 'sarcastic' }), t({ nl: 'niet sarcastisch', en: 'not sarcastic' })],
          datasets: [
            {
              data: [insights.sarcasm.sarcastic, insights.sarcasm.total - insights.sarcasm.sarcastic],
              backgroundColor: ['#c92a2a', '#dee2e6'],
            },
          ],
        },
        options: { responsive: true, maintainAspectRatio: false, animation: false },
      } satisfies ChartConfiguration as ChartConfiguration,
      entries: bar(
        insights.entries.map((entry) => entry.entryId),
        insights.entries.map((entry) => entry.count),
        t({ nl: 'keer gebruikt', en: 'times used' }),
        true,
      ),
      complaints: bar(
        insights.terms.complaints.map((term) => term.term),
        insights.terms.complaints.map((term) => term.count),
        t({ nl: 'klachten', en: 'complaints' }),
        true,
      ),
      questions: bar(
        insights.terms.questions.map((term) => term.term),
        insights.terms.questions.map((term) => term.count),
        t({ nl: 'vragen', en: 'questions' }),
        true,
      ),
    };
  }, [insights, t]);

  const describe = (labels: readonly string[], values: readonly number[]) =>
    labels.map((label, index) => `${label}: ${values[index] ?? 0}`).join('; ');

  return (
    <div className="wc-charts">
      <figure className="wc-wide">
        <figcaption>{t({ nl: 'Volume per weekdag en uur', en: 'Volume by weekday and hour' })}</figcaption>
        <VolumeHeatmap volume={insights.volume} />
      </figure>
      <figure className="wc-wide">
        <figcaption>{t({ nl: 'Items per dag', en: 'Items per day' })}</figcaption>
        <ChartCanvas
          config={configs.perDay}
          label={describe(
            insights.perDay.map((day) => day.day),
            insights.perDay.map((day) => day.count),
          )}
          testId="chart-per-day"
          height={180}
        />
      </figure>
      <figure>
        <figcaption>
          {t({ nl: 'Reactietijd', en: 'Response time' })}
          {insights.responseTime?.openHoursOnly ? t({ nl: ' (kantooruren)', en: ' (business hours)' }) : ''}
        </figcaption>
        <ChartCanvas
          config={configs.response}
          label={describe(
            ['15 min', '1 h', '4 h', '24 h', '72 h', '>72 h'],
            insights.responseTime?.buckets.map((bucket) => bucket.count) ?? [],
          )}
          testId="chart-response"
        />
      </figure>
      <figure>
        <figcaption>{t({ nl: 'Categorieën', en: 'Categories' })}</figcaption>
        <ChartCanvas
          config={configs.categories}
          label={describe(Object.keys(insights.categories), Object.values(insights.categories))}
          testId="chart-categories"
        />
      </figure>
      <figure>
        <figcaption>
          {t({ nl: 'Sarcasme', en: 'Sarcasm' })} ({percent(insights.sarcasm.rate)}, {insights.sarcasm.corrected}{' '}
          {t({ nl: 'gecorrigeerd', en: 'corrected' })})
        </figcaption>
        <ChartCanvas
          config={configs.sarcasm}
          label={`${insights.sarcasm.sarcastic} / ${insights.sarcasm.total}`}
          testId="chart-sarcasm"
        />
      </figure>
      <figure>
        <figcaption>{t({ nl: 'Meest gebruikte antwoorden', en: 'Phrasebook entries used most' })}</figcaption>
        <ChartCanvas
          config={configs.entries}
          label={describe(
            insights.entries.map((entry) => entry.entryId),
            insights.entries.map((entry) => entry.count),
          )}
          testId="chart-entries"
        />
      </figure>
      <figure>
        <figcaption>
          {t({ nl: 'Terugkerend in klachten (FAQ-kandidaten)', en: 'Recurring in complaints (FAQ candidates)' })}
        </figcaption>
        <ChartCanvas
          config={configs.complaints}
          label={describe(
            insights.terms.complaints.map((term) => term.term),
            insights.terms.complaints.map((term) => term.count),
          )}
          testId="chart-complaint-terms"
        />
      </figure>
      <figure>
        <figcaption>
          {t({ nl: 'Terugkerend in vragen (FAQ-kandidaten)', en: 'Recurring in questions (FAQ candidates)' })}
        </figcaption>
        <ChartCanvas
          config={configs.questions}
          label={describe(
            insights.terms.questions.map((term) => term.term),
            insights.terms.questions.map((term) => term.count),
          )}
          testId="chart-question-terms"
        />
      </figure>
    </div>
  );
}
