// Neither package ships types; only the calls the analyzers make are declared (declarations merge with
// lib/phrasebook/snowball-stemmers.d.ts, which declares the same shape).
declare module 'twitter-text' {
  export interface ParsedTweet {
    weightedLength: number;
    valid: boolean;
    permillage: number;
    validRangeStart: number;
    validRangeEnd: number;
    displayRangeStart: number;
    displayRangeEnd: number;
  }
  export function parseTweet(text: string): ParsedTweet;
  const twitterText: { parseTweet: typeof parseTweet };
  export default twitterText;
}

declare module 'snowball-stemmers' {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): Stemmer;
}
