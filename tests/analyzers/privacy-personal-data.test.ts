import { describe } from 'vitest';
import rule from '../../lib/analyzers/privacy-personal-data';
import { ruleTable } from './rule-table';

const withPhone = [{ id: 'p1', author: 'Anna', text: '@SpoorLinq bel me op 020-1234567 aub' }];

describe('privacy-personal-data', () => {
  ruleTable(rule, {
    flags: [
      { draft: 'The payment was taken twice from [[account 4471]].', note: 'account digits' },
      { draft: 'The block on your [[card ending 8812]] is lifted.', note: 'card digits' },
      { draft: 'We storten het terug op je [[rekening eindigend op 5530]].', note: 'Dutch account digits' },
      { draft: 'Je [[bestelling 20394857]] is onderweg.', note: 'order number' },
      { draft: 'Staat op [[Kerkstraat 12]], [[3512 AB]] Utrecht.', note: 'address and postal code' },
      { draft: 'We storten het terug op [[NL91ABNA0417164300]].', note: 'IBAN' },
      { draft: 'We bellen je op [[06-12345678]].', note: 'mobile' },
      { draft: 'We bellen je op [[+31 6 12345678]].', note: 'mobile, international' },
      { draft: 'We sturen het naar [[omar.hassan@outlook.com]].', note: 'email' },
      { draft: 'We bellen je op [[020-1234567]].', posts: withPhone, note: 'landline the customer gave' },
      { draft: 'Sent to [[22 Baker Street]], London [[NW1 6XE]].', note: 'English address and postcode' },
    ],
    passes: [
      { draft: 'Your account has been safe since 2024.', note: 'near-miss: a year near "account"' },
      { draft: 'Please never share your card number in public.', note: 'near-miss: no digits' },
      { draft: 'Bel ons fraudenummer 088 123 45 67.', note: 'the brand’s own number' },
      { draft: 'Mail ons op service@spoorlinq.nl.', note: 'role mailbox' },
      { draft: 'Vanaf 2026 rijdt de trein van 9:14 ook op zondag.', note: 'near-miss: a year and a time' },
      { draft: 'Binnen 30 dagen terug, 20% korting.' },
      { draft: 'Bel ons op 020-7654321.', posts: withPhone, note: 'a landline the customer did not give' },
    ],
  });
});
