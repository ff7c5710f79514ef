/**
 * The article fallback for pages no adapter knows (blogs, forums): @mozilla/readability on a CLONE of the document
 * (it rewrites the tree it parses), the article as one web post whose text keeps its paragraphs.
 */
import { Readability } from '@mozilla/readability';
import type { Post, Thread } from '../thread/schema';
import { visibleText } from '../thread/text';
import { fail, ok, type Result } from './types';

/** Below this many characters Readability has usually grabbed navigation, not an article. */
const MIN_ARTICLE_CHARS = 140;

export function readArticle(document: Document, url: URL): Result<Thread> {
  let article: ReturnType<Readability<Node>['parse']>;
  try {
    const clone = document.cloneNode(true) as Document;
    // The serializer keeps the article as a node so its paragraphs survive (no innerHTML round trip).
    article = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  } catch (error) {
    return fail(`No article found on this page (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!article?.content) return fail('No article found on this page: select the text to answer instead.');
  const body = visibleText(article.content, { blocks: true });
  if (body.length < MIN_ARTICLE_CHARS) {
    return fail('No article found on this page (too little text): select the text to answer instead.');
  }
  const title = article.title?.trim() ?? '';
  const text = title && !body.startsWith(title) ? `${title}\n${body}` : body;
  const post: Post = {
    id: 'article',
    author: article.byline?.trim() || article.siteName?.trim() || url.hostname,
    isBrand: false,
    text,
  };
  const time = article.publishedTime ? Date.parse(article.publishedTime) : Number.NaN;
  if (!Number.isNaN(time)) post.time = new Date(time).toISOString();
  return ok({ version: 1, platform: 'web', url: url.href, posts: [post], targetId: 'article' });
}
