import { defineRule, type Finding, type RuleInput } from './types';

interface Detector {
  what: { nl: string; en: string };
  pattern: RegExp;
  /** Cheap test first: the full pattern only runs on drafts that pass it. */
  needs: RegExp;
  /** Only flag when the same digits appear in a customer's post (landlines could be the brand's own number). */
  onlyIfFromCustomer?: boolean;
  /** Skip values that are clearly the brand's own (service addresses, service numbers). */
  isBrandOwn?: (value: string, input: RuleInput) => boolean;
}

const roleMailboxes =
  /^(?:service|klantenservice|info|support|help|webcare|contact|noreply|no-reply|hallo|hello|team)\b/i;

const detectors: readonly Detector[] = [
  {
    what: { nl: 'een e-mailadres', en: 'an email address' },
    needs: /@/,
    pattern: /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
    isBrandOwn: (value, input) => {
      const [local = '', domain = ''] = value.toLowerCase().split('@');
      const brand = input.brand.name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      return roleMailboxes.test(local) || (brand.length > 2 && domain.replace(/-/g, '').includes(brand));
    },
  },
  {
    what: { nl: 'een IBAN', en: 'an IBAN' },
    needs: /[A-Z]{2}\d\d/,
    pattern: /\b[A-Z]{2}\d{2}\s?[A-Z]{4}(?:\s?\d){8,12}\b/g,
  },
  {
    what: { nl: 'een mobiel nummer', en: 'a mobile number' },
    needs: /\d[\s-]?\d[\s-]?\d[\s-]?\d[\s-]?\d[\s-]?\d/,
    pattern:
      /(?:\+31|0031)[\s-]?6(?:[\s-]?\d){8}\b|\b06(?:[\s-]?\d){8}\b|\+44[\s-]?7(?:[\s-]?\d){9}\b|\b07\d{3}[\s-]?\d{6}\b/g,
  },
  {
    what: { nl: 'een telefoonnummer', en: 'a phone number' },
    needs: /\d[\s-]?\d[\s-]?\d[\s-]?\d[\s-]?\d[\s-]?\d/,
    pattern: /(?:\+\d{2}[\s-]?)?\b0\d{1,3}[\s-]?\d{3}[\s-]?\d{3,4}\b/g,
    onlyIfFromCustomer: true,
  },
  {
    what: { nl: 'een postcode', en: 'a postal code' },
    needs: /\d\s?[A-Z]{2}\b/,
    pattern: /\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/g,
  },
  {
    what: { nl: 'een adres', en: 'an address' },
    needs: /[a-z] \d|\d [A-Z]/,
    pattern:
      /\b\p{Lu}\p{Ll}+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|steeg|dreef|markt|pad|park)\s\d{1,4}[a-zA-Z]?\b|\b\d{1,4}\s\p{Lu}\p{Ll}+\s(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Close|Crescent)\b/gu,
  },
  {
    // A few digits are enough to point at someone's account once the account or card is named ("account 4471").
    what: { nl: 'een rekening- of pasnummer', en: 'an account or card number' },
    needs: /\d\d\d\d/,
    pattern:
      /\b(?:account|acct|card|debit card|credit card|rekening|rekeningnummer|bankrekening|pas|pinpas|bankpas|creditcard)\s*(?:ending|ending in|ending with|eindigend op|eindigt op|die eindigt op|nr\.?|nummer|number|no\.?)?\s*[:#]?\s*(?:\*+\s*)?\d{4,}\b/giu,
  },
  {
    what: { nl: 'een order- of klantnummer', en: 'an order or customer number' },
    needs: /\d\d\d\d/,
    pattern:
      /\b(?:order|bestelling|ordernummer|bestelnummer|klantnummer|contractnummer|factuurnummer|order number|customer number|account number|booking)\s*(?:nr\.?|nummer|number|no\.?|ref\.?)?\s*[:#]?\s*[A-Z0-9-]*\d[A-Z0-9-]{4,}\b|#\d{6,}\b/giu,
  },
];

export default defineRule({
  id: 'privacy-personal-data',
  kind: 'privacy',
  scope: 'draft',
  languages: ['nl', 'en'],
  severity: 'error',
  description: {
    nl: 'Persoonsgegevens van de klant (order- of postcode, telefoon, e-mail, IBAN, adres) in een openbare reactie.',
    en: "The customer's personal data (order number, postal code, phone, email, IBAN, address) in a public reply.",
  },
  check: (input) => {
    // Every detector needs a digit or an "@": most drafts have neither.
    if (!/[\d@]/.test(input.draft)) return [];
    const findings: Finding[] = [];
    const taken: { start: number; end: number }[] = [];
    let customerDigits: string | undefined;
    for (const detector of detectors) {
      if (!detector.needs.test(input.draft)) continue;
      for (const match of input.draft.matchAll(detector.pattern)) {
        const value = match[0];
        const span = { start: match.index, end: match.index + value.length };
        if (taken.some((other) => span.start < other.end && other.start < span.end)) continue;
        if (detector.isBrandOwn?.(value, input)) continue;
        customerDigits ??= input.thread.posts
          .filter((post) => !post.isBrand)
          .map((post) => post.text.replace(/\D/g, ''))
          .join(' ');
        if (detector.onlyIfFromCustomer && !customerDigits.includes(value.replace(/\D/g, ''))) continue;
        taken.push(span);
        findings.push({
          ruleId: 'privacy-personal-data',
          message: {
            nl: `"${value}" is ${detector.what.nl} van de klant, openbaar voor iedereen. Haal het weg; noem zulke gegevens alleen in een privébericht.`,
            en: `"${value}" is ${detector.what.en} of the customer, public for everyone. Remove it; only mention such details in a private message.`,
          },
          span,
          suggestions: [''],
        });
      }
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
});
