import { describe, expect, it } from 'vitest';
import { detectPostedReply, type SnapshotPost } from '../../lib/insights/reply-posted';

const before: SnapshotPost[] = [
  { id: 'p1', text: 'Mijn trein is weer te laat', isBrand: false },
  { id: 'p2', text: 'Al een uur!', isBrand: false },
];
const inserted =
  'Hoi Annelies, wat vervelend! Kun je ons je reisgegevens sturen via https://spoorlinq.nl/contact/formulier? ^SV';
const posted: SnapshotPost = {
  id: 'p3',
  text: 'Hoi Annelies, wat vervelend! Kun je ons je reisgegevens sturen via spoorlinq.nl/contact/fo… ^SV',
  isBrand: true,
  time: '2026-11-20T09:00:00Z',
};

describe('detectPostedReply', () => {
  it('sees the reply posted when the composer is empty and the brand’s reply appears (site shortens the link)', () => {
    expect(
      detectPostedReply({ before, after: [...before, posted], composerText: '', insertedText: inserted }),
    ).toMatchObject({
      posted: true,
      postId: 'p3',
      time: '2026-11-20T09:00:00Z',
    });
  });

  it('accepts the agent’s small edits but not a different reply', () => {
    const edited = {
      ...posted,
      text: 'Hoi Annelies, wat ontzettend vervelend! Stuur je ons je reisgegevens via spoorlinq.nl? ^SV',
    };
    expect(
      detectPostedReply({ before, after: [...before, edited], composerText: '\n', insertedText: inserted }).posted,
    ).toBe(true);
    const other = { ...posted, text: 'We kijken ernaar.' };
    expect(detectPostedReply({ before, after: [...before, other], composerText: '', insertedText: inserted })).toEqual({
      posted: false,
      reason: 'text-differs',
    });
  });

  it('is not posted while the composer still holds text, or when no new brand post appeared', () => {
    expect(
      detectPostedReply({ before, after: [...before, posted], composerText: 'Hoi', insertedText: inserted }),
    ).toEqual({
      posted: false,
      reason: 'composer-not-empty',
    });
    // The same reply already in the earlier snapshot (an older identical answer) does not count.
    expect(
      detectPostedReply({
        before: [...before, posted],
        after: [...before, posted],
        composerText: '',
        insertedText: inserted,
      }),
    ).toEqual({ posted: false, reason: 'no-new-brand-post' });
    // A new post by the customer with the same words is not the brand's reply.
    expect(
      detectPostedReply({
        before,
        after: [...before, { ...posted, isBrand: false }],
        composerText: '',
        insertedText: inserted,
      }).posted,
    ).toBe(false);
    expect(detectPostedReply({ before, after: before, composerText: '', insertedText: '  ' })).toEqual({
      posted: false,
      reason: 'nothing-inserted',
    });
  });
});
