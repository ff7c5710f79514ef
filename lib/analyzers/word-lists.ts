/**
 * Every word list in data/, validated and compiled once when the module loads (a bad file throws here, naming the
 * list, and the tests catch it). Rules import the matcher they need from this one place.
 */
import { compilePhraseLists } from './phrase-list';
import stockEmpathyNl from './data/stock-empathy.nl.json';
import stockEmpathyEn from './data/stock-empathy.en.json';
import feedbackBrushoffNl from './data/feedback-brushoff.nl.json';
import feedbackBrushoffEn from './data/feedback-brushoff.en.json';
import emptyOfferNl from './data/empty-offer.nl.json';
import emptyOfferEn from './data/empty-offer.en.json';
import blamingNl from './data/blaming.nl.json';
import blamingEn from './data/blaming.en.json';
import holdingNl from './data/holding.nl.json';
import holdingEn from './data/holding.en.json';
import concreteFollowupNl from './data/concrete-followup.nl.json';
import concreteFollowupEn from './data/concrete-followup.en.json';
import closingClaimNl from './data/closing-claim.nl.json';
import closingClaimEn from './data/closing-claim.en.json';
import confirmQuestionNl from './data/confirm-question.nl.json';
import confirmQuestionEn from './data/confirm-question.en.json';
import channelMoveNl from './data/channel-move.nl.json';
import channelMoveEn from './data/channel-move.en.json';
import channelRequestNl from './data/channel-request.nl.json';
import channelRequestEn from './data/channel-request.en.json';
import privateContextNl from './data/private-context.nl.json';
import privateContextEn from './data/private-context.en.json';
import sensitiveTopicsNl from './data/sensitive-topics.nl.json';
import sensitiveTopicsEn from './data/sensitive-topics.en.json';
import pitchNl from './data/pitch.nl.json';
import pitchEn from './data/pitch.en.json';
import howFoundNl from './data/how-found.nl.json';
import howFoundEn from './data/how-found.en.json';
import casualRegisterNlData from './data/casual-register.nl.json';
import casualRegisterEn from './data/casual-register.en.json';
import stiffRegisterEn from './data/stiff-register.en.json';
import praiseThanksNl from './data/praise-thanks.nl.json';
import praiseThanksEn from './data/praise-thanks.en.json';
import passedOnNl from './data/passed-on.nl.json';
import passedOnEn from './data/passed-on.en.json';
import customerConfirmsNl from './data/customer-confirms.nl.json';
import customerConfirmsEn from './data/customer-confirms.en.json';
import repeatCuesNl from './data/repeat-cues.nl.json';
import repeatCuesEn from './data/repeat-cues.en.json';
import basicTroubleshootingNl from './data/basic-troubleshooting.nl.json';
import basicTroubleshootingEn from './data/basic-troubleshooting.en.json';
import praiseCuesNl from './data/praise-cues.nl.json';
import praiseCuesEn from './data/praise-cues.en.json';

export const stockEmpathy = compilePhraseLists([stockEmpathyNl, stockEmpathyEn], 'stock-empathy');
export const feedbackBrushoff = compilePhraseLists([feedbackBrushoffNl, feedbackBrushoffEn], 'feedback-brushoff');
export const emptyOffer = compilePhraseLists([emptyOfferNl, emptyOfferEn], 'empty-offer');
export const blaming = compilePhraseLists([blamingNl, blamingEn], 'blaming');
export const holding = compilePhraseLists([holdingNl, holdingEn], 'holding');
export const concreteFollowup = compilePhraseLists([concreteFollowupNl, concreteFollowupEn], 'concrete-followup');
export const closingClaim = compilePhraseLists([closingClaimNl, closingClaimEn], 'closing-claim');
export const confirmQuestion = compilePhraseLists([confirmQuestionNl, confirmQuestionEn], 'confirm-question');
export const channelMove = compilePhraseLists([channelMoveNl, channelMoveEn], 'channel-move');
export const channelRequest = compilePhraseLists([channelRequestNl, channelRequestEn], 'channel-request');
export const privateContext = compilePhraseLists([privateContextNl, privateContextEn], 'private-context');
export const sensitiveTopics = compilePhraseLists([sensitiveTopicsNl, sensitiveTopicsEn], 'sensitive-topics');
export const pitch = compilePhraseLists([pitchNl, pitchEn], 'pitch');
export const howFound = compilePhraseLists([howFoundNl, howFoundEn], 'how-found');
export const casualRegisterNl = compilePhraseLists([casualRegisterNlData], 'casual-register-nl');
export const casualRegister = compilePhraseLists([casualRegisterEn], 'casual-register');
export const stiffRegister = compilePhraseLists([stiffRegisterEn], 'stiff-register');
export const praiseThanks = compilePhraseLists([praiseThanksNl, praiseThanksEn], 'praise-thanks');
export const praiseCues = compilePhraseLists([praiseCuesNl, praiseCuesEn], 'praise-cues');
export const passedOn = compilePhraseLists([passedOnNl, passedOnEn], 'passed-on');
export const customerConfirms = compilePhraseLists([customerConfirmsNl, customerConfirmsEn], 'customer-confirms');
export const repeatCues = compilePhraseLists([repeatCuesNl, repeatCuesEn], 'repeat-cues');
export const basicTroubleshooting = compilePhraseLists(
  [basicTroubleshootingNl, basicTroubleshootingEn],
  'basic-troubleshooting',
);

/** For the tests: every list file, so a new one without a test is noticed. */
export const allWordLists = {
  stockEmpathy,
  feedbackBrushoff,
  emptyOffer,
  blaming,
  holding,
  concreteFollowup,
  closingClaim,
  confirmQuestion,
  channelMove,
  channelRequest,
  privateContext,
  sensitiveTopics,
  pitch,
  howFound,
  casualRegisterNl,
  casualRegister,
  stiffRegister,
  praiseThanks,
  praiseCues,
  passedOn,
  customerConfirms,
  repeatCues,
  basicTroubleshooting,
};
