/** The rule registry: one import per rule, in id order. A rule not listed here does not run. */
import type { Rule } from './types';
import clarityClosingUnconfirmed from './clarity-closing-unconfirmed';
import clarityUnneededChannelMove from './clarity-unneeded-channel-move';
import clarityVagueHolding from './clarity-vague-holding';
import clicheBareThanks from './cliche-bare-thanks';
import clicheEmptyOffer from './cliche-empty-offer';
import clicheFeedbackBrushoff from './cliche-feedback-brushoff';
import clicheStockEmpathy from './cliche-stock-empathy';
import clicheUnchangedTemplate from './cliche-unchanged-template';
import outreachMassMessage from './outreach-mass-message';
import outreachUnexplainedContact from './outreach-unexplained-contact';
import outreachUnsolicitedPitch from './outreach-unsolicited-pitch';
import platformLengthLimit from './platform-length-limit';
import platformMentions from './platform-mentions';
import platformXLength from './platform-x-length';
import privacyPersonalData from './privacy-personal-data';
import teamBannedPhrase from './team-banned-phrase';
import teamRequiredPhrase from './team-required-phrase';
import toneBlamingCustomer from './tone-blaming-customer';
import toneFormalityMismatch from './tone-formality-mismatch';
import toneHumourSensitive from './tone-humour-sensitive';
import toneMissingSignature from './tone-missing-signature';
import toneThanksSarcasm from './tone-thanks-sarcasm';

export const rules: readonly Rule[] = [
  clarityClosingUnconfirmed,
  clarityUnneededChannelMove,
  clarityVagueHolding,
  clicheBareThanks,
  clicheEmptyOffer,
  clicheFeedbackBrushoff,
  clicheStockEmpathy,
  clicheUnchangedTemplate,
  outreachMassMessage,
  outreachUnexplainedContact,
  outreachUnsolicitedPitch,
  platformLengthLimit,
  platformMentions,
  platformXLength,
  privacyPersonalData,
  teamBannedPhrase,
  teamRequiredPhrase,
  toneBlamingCustomer,
  toneFormalityMismatch,
  toneHumourSensitive,
  toneMissingSignature,
  toneThanksSarcasm,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));
