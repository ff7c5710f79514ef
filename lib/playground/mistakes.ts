import type { Localized } from '../localized';
import type { Mistake } from './schema';

/** How each mistake is named in the quiz and the gallery, and what to do instead. */
export const mistakeLabels: Record<Mistake, { label: Localized; instead: Localized }> = {
  'misread-sarcasm': {
    label: { nl: 'Leest sarcasme als een compliment', en: 'Takes sarcasm as praise' },
    instead: {
      nl: 'Lees de draad en benoem de klacht erachter.',
      en: 'Read the thread and name the complaint behind it.',
    },
  },
  'stock-phrase': {
    label: { nl: 'Standaardzin in plaats van een echt antwoord', en: 'Stock phrase instead of a real answer' },
    instead: { nl: 'Noem wat er gebeurde, in je eigen woorden.', en: 'Name what happened, in your own words.' },
  },
  'no-next-step': {
    label: { nl: 'Geen concrete volgende stap of tijd', en: 'No concrete next step or time' },
    instead: {
      nl: 'Zeg wat je doet en wanneer de klant weer van je hoort.',
      en: 'Say what you will do and when they hear from you.',
    },
  },
  'closes-without-asking': {
    label: { nl: 'Sluit af zonder te vragen of het is opgelost', en: 'Closes without asking whether it is solved' },
    instead: { nl: 'Vraag of het werkt voordat je afsluit.', en: 'Ask whether it works before closing.' },
  },
  'channel-push': {
    label: { nl: 'Stuurt onnodig naar een ander kanaal', en: 'Pushes to another channel without need' },
    instead: {
      nl: 'Antwoord waar de vraag staat; privé alleen voor privégegevens.',
      en: 'Answer where the question is; go private only for private data.',
    },
  },
  'unsolicited-pitch': {
    label: { nl: 'Verkoopt aan iemand die niets vroeg', en: 'Sells to someone who did not ask' },
    instead: { nl: 'Help zonder te verkopen, of reageer niet.', en: 'Help without selling, or do not reply.' },
  },
  'voice-mismatch': {
    label: {
      nl: 'Verkeerde aanspreekvorm voor het merk (je/u)',
      en: 'Wrong form of address for the brand (casual/formal)',
    },
    instead: { nl: 'Volg de merkstem: je of u, in elk antwoord.', en: 'Follow the brand voice in every reply.' },
  },
  'humour-misplaced': {
    label: {
      nl: 'Grap of lachende emoji bij een gevoelig onderwerp',
      en: 'Joke or laughing emoji on a sensitive topic',
    },
    instead: {
      nl: 'Serieus en warm bij ziekte, overlijden, pesten of fraude.',
      en: 'Serious and warm with illness, death, bullying or fraud.',
    },
  },
  'blames-customer': {
    label: { nl: 'Spreekt de klant tegen of legt de schuld bij hem', en: 'Argues with or blames the customer' },
    instead: { nl: 'Erken de schade en zeg wat je doet.', en: 'Acknowledge the damage and say what you do.' },
  },
  'ignores-history': {
    label: { nl: 'Negeert wat er eerder in de draad gebeurde', en: 'Ignores what happened earlier in the thread' },
    instead: {
      nl: 'Verwijs naar de eerdere berichten en los het patroon op.',
      en: 'Refer to the earlier posts and fix the pattern.',
    },
  },
  'privacy-leak': {
    label: { nl: 'Persoonsgegevens in een openbaar antwoord', en: 'Personal data in a public reply' },
    instead: {
      nl: 'Details alleen privé; in het openbaar alleen wat er gebeurt.',
      en: 'Details in private only; in public only what happens.',
    },
  },
  'too-long': {
    label: { nl: 'Te lang voor het platform', en: 'Too long for the platform' },
    instead: {
      nl: 'Antwoord in de eerste zin, één volgende stap.',
      en: 'Answer in the first sentence, one next step.',
    },
  },
  'generic-thanks': {
    label: { nl: 'Algemeen ‘bedankt’ op een specifiek compliment', en: 'Generic ‘thanks’ for a specific compliment' },
    instead: {
      nl: 'Noem de details en geef het compliment door.',
      en: 'Mention the details and pass the compliment on.',
    },
  },
  'missing-signature': {
    label: { nl: 'Ondertekening van de medewerker ontbreekt', en: 'The agent’s signature is missing' },
    instead: { nl: 'Sluit af met de ondertekening van het merk.', en: 'End with the brand’s signature.' },
  },
};
