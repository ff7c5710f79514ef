/** All scenarios as cards, filtered by language, platform and topic. */
import { useState } from 'react';
import type { Scenario, Topic } from '../../lib/playground/schema';
import { topicSchema } from '../../lib/playground/schema';
import type { Localized } from '../../lib/localized';
import { useT } from '../common/locale';
import { platformNames } from './ThreadView';

export const topicNames: Record<Topic, Localized> = {
  sarcasm: { nl: 'Sarcasme', en: 'Sarcasm' },
  'repeated-complaint': { nl: 'Herhaalde klacht', en: 'Repeated complaint' },
  compliment: { nl: 'Compliment', en: 'Compliment' },
  'holding-reply': { nl: 'Wachtbericht', en: 'Holding reply' },
  'outside-hours': { nl: 'Buiten kantoortijd', en: 'Outside hours' },
  'outreach-good': { nl: 'Proactief, goed', en: 'Proactive, done well' },
  'outreach-spam': { nl: 'Proactief, spam', en: 'Proactive, spam' },
  'tone-formality': { nl: 'Je/u', en: 'Formality' },
  'tone-humour': { nl: 'Humor en gevoelig', en: 'Humour, sensitive' },
  'channel-push': { nl: 'Ander kanaal', en: 'Channel pushing' },
  closing: { nl: 'Afsluiten', en: 'Closing' },
  cliche: { nl: 'Clichés', en: 'Clichés' },
  privacy: { nl: 'Privacy', en: 'Privacy' },
  'platform-length': { nl: 'Lengte', en: 'Length' },
};

export interface GalleryProps {
  scenarios: readonly Scenario[];
  onOpen: (id: string) => void;
}

export function Gallery({ scenarios, onOpen }: GalleryProps) {
  const t = useT();
  const [language, setLanguage] = useState<'all' | 'nl' | 'en'>('all');
  const [platform, setPlatform] = useState<'all' | Scenario['thread']['platform']>('all');
  const [topic, setTopic] = useState<'all' | Topic>('all');
  const [query, setQuery] = useState('');
  const needle = query.trim().toLowerCase();
  const shown = scenarios.filter(
    (s) =>
      (language === 'all' || s.language === language) &&
      (platform === 'all' || s.thread.platform === platform) &&
      (topic === 'all' || s.topics.includes(topic)) &&
      (needle === '' ||
        `${s.title.nl} ${s.title.en} ${s.thread.posts.map((p) => p.text).join(' ')}`.toLowerCase().includes(needle)),
  );
  return (
    <section className="pg-gallery" data-testid="gallery">
      <div className="pg-filters">
        <input
          type="search"
          placeholder={t({ nl: 'Zoeken…', en: 'Search…' })}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          aria-label={t({ nl: 'Zoeken', en: 'Search' })}
        />
        <select
          value={language}
          onChange={(e) => setLanguage(e.target.value as typeof language)}
          aria-label={t({ nl: 'Taal', en: 'Language' })}
        >
          <option value="all">{t({ nl: 'Alle talen', en: 'All languages' })}</option>
          <option value="nl">{t({ nl: 'Nederlands', en: 'Dutch' })}</option>
          <option value="en">{t({ nl: 'Engels', en: 'English' })}</option>
        </select>
        <select
          value={platform}
          onChange={(e) => setPlatform(e.target.value as typeof platform)}
          aria-label={t({ nl: 'Platform', en: 'Platform' })}
        >
          <option value="all">{t({ nl: 'Alle platforms', en: 'All platforms' })}</option>
          <option value="x">X</option>
          <option value="facebook">Facebook</option>
          <option value="linkedin">LinkedIn</option>
          <option value="web">Web</option>
        </select>
        <select
          value={topic}
          onChange={(e) => setTopic(e.target.value as typeof topic)}
          aria-label={t({ nl: 'Onderwerp', en: 'Topic' })}
        >
          <option value="all">{t({ nl: 'Alle onderwerpen', en: 'All topics' })}</option>
          {topicSchema.options.map((name) => (
            <option key={name} value={name}>
              {t(topicNames[name])}
            </option>
          ))}
        </select>
        <span className="pg-muted">
          {shown.length} / {scenarios.length}
        </span>
      </div>
      <ul className="pg-cards">
        {shown.map((scenario) => {
          const lastCustomer = [...scenario.thread.posts].reverse().find((post) => !post.isBrand);
          return (
            <li key={scenario.id}>
              <button
                type="button"
                className={`pg-card pg-card--${scenario.thread.platform}`}
                onClick={() => onOpen(scenario.id)}
                data-testid={`scenario-card-${scenario.id}`}
              >
                <span className="pg-card__meta">
                  <span className="pg-tag">{scenario.language.toUpperCase()}</span>
                  <span className="pg-tag">{platformNames[scenario.thread.platform]}</span>
                  {scenario.topics.slice(0, 2).map((name) => (
                    <span key={name} className="pg-tag pg-tag--topic">
                      {t(topicNames[name])}
                    </span>
                  ))}
                </span>
                <span className="pg-card__title">{t(scenario.title)}</span>
                <span className="pg-card__quote">{lastCustomer?.text.slice(0, 140) ?? ''}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
