// Neither package ships types; only the calls the analyzers make are declared.
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
  const snowball: { newStemmer: typeof newStemmer };
  export default snowball;
}
