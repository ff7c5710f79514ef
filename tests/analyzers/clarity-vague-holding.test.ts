import { describe } from 'vitest';
import rule from '../../lib/analyzers/clarity-vague-holding';
import { ruleTable } from './rule-table';

describe('clarity-vague-holding', () => {
  ruleTable(rule, {
    flags: [
      { draft: '[[We kijken ernaar]]! ^SV' },
      { draft: 'Dank je, [[we zoeken het voor je uit]].', note: 'separable verb with a gap' },
      { draft: '[[We zijn ermee bezig]].' },
      { draft: '[[We houden je op de hoogte]].' },
      { draft: "[[We're looking into it]]!" },
      { draft: "Thanks, we'll [[get back to you]]." },
      { draft: '[[We are investigating]].' },
      { draft: 'Hi Ana, our billing [[team is checking]] this.', note: 'a team holds, not we' },
      { draft: 'Onze [[collega’s van de logistiek bekijken]] het.', note: 'Dutch team' },
    ],
    passes: [
      { draft: 'We kijken ernaar; vóór 17:00 hoor je van ons.', note: 'time' },
      { draft: 'We zoeken het uit en bellen je morgen.', note: 'day' },
      { draft: 'We kijken ernaar en je krijgt binnen 2 uur een mail.', note: 'duration' },
      { draft: "We're looking into it and will email you by tomorrow.", note: 'English time' },
      { draft: "We'll get back to you within 24 hours." },
      { draft: 'Kijk even in de reisplanner, die is bijgewerkt.', note: 'near-miss: kijk without we' },
      { draft: "Send us a DM and we'll check why the payment failed.", note: 'a DM request is the next step' },
    ],
  });
});
