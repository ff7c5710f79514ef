/**
 * A thread drawn like its platform — an X conversation, Facebook comments under a page post, LinkedIn comments —
 * in plain CSS with no copied assets. The target post and the sarcasm cue posts are highlighted.
 */
import type { SarcasmReason } from '../../lib/analysis/types';
import type { Post, Thread } from '../../lib/thread/schema';
import { findTarget } from '../../lib/thread/target';
import { useT, useUiLanguage } from '../common/locale';

export interface ThreadViewProps {
  thread: Thread;
  cues?: readonly SarcasmReason[];
  /** Larger type for presentation mode. */
  large?: boolean;
}

export const platformNames: Record<Thread['platform'], string> = {
  x: 'X',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  web: 'Web',
};

export function ThreadView({ thread, cues = [], large = false }: ThreadViewProps) {
  const t = useT();
  const target = findTarget(thread);
  const depthOf = depths(thread.posts);
  const first = thread.posts[0];
  // Facebook and LinkedIn comments sit inside the post they answer: the root's direct replies are not indented.
  const rootOffset = thread.platform !== 'x' && first && !first.parentId ? 1 : 0;
  const platformName = platformNames[thread.platform];
  return (
    <section
      className={`pg-thread pg-thread--${thread.platform}${large ? ' pg-thread--large' : ''}`}
      aria-label={t({ nl: `Draad op ${platformName}`, en: `Thread on ${platformName}` })}
      data-testid="thread"
    >
      <div className="pg-thread__platform">{platformName}</div>
      {thread.posts.map((post, index) => {
        const postCues = cues.filter((cue) => cue.postId === post.id);
        const isTarget = post.id === target?.id;
        const isRoot = index === 0 && thread.platform !== 'x' && !post.parentId;
        return (
          <PostCard
            key={post.id}
            post={post}
            platform={thread.platform}
            depth={Math.max(0, (depthOf.get(post.id) ?? 0) - rootOffset)}
            isRoot={isRoot}
            isTarget={isTarget}
            cues={postCues.map((cue) => cue.cue)}
            brandName={thread.brand?.name}
          />
        );
      })}
    </section>
  );
}

interface PostCardProps {
  post: Post;
  platform: Thread['platform'];
  depth: number;
  isRoot: boolean;
  isTarget: boolean;
  cues: string[];
  brandName: string | undefined;
}

function PostCard({ post, platform, depth, isRoot, isTarget, cues, brandName }: PostCardProps) {
  const t = useT();
  const language = useUiLanguage();
  const classes = [
    'pg-post',
    isRoot ? 'pg-post--root' : 'pg-post--reply',
    post.isBrand ? 'pg-post--brand' : '',
    isTarget ? 'pg-post--target' : '',
    cues.length > 0 ? 'pg-post--cue' : '',
  ].join(' ');
  const indent = platform === 'x' ? 0 : Math.min(depth, 3);
  return (
    <article
      className={classes}
      style={{ marginLeft: `${indent * 2.5}rem` }}
      data-testid={`post-${post.id}`}
      data-target={isTarget ? 'true' : undefined}
    >
      <Avatar name={post.author || '?'} square={post.isBrand && platform === 'linkedin'} />
      <div className="pg-post__body">
        <div className="pg-post__bubble">
          <header className="pg-post__header">
            <span className="pg-post__author">{post.author || t({ nl: '(naamloos)', en: '(no name)' })}</span>
            {post.isBrand ? (
              <span className="pg-post__brand-badge" title={brandName ?? ''}>
                {t({ nl: 'merk', en: 'brand' })}
              </span>
            ) : null}
            {platform === 'x' && post.handle ? <span className="pg-post__handle">{post.handle}</span> : null}
            {platform === 'linkedin' && !isRoot ? (
              <span className="pg-post__headline">{post.isBrand ? t({ nl: 'Auteur', en: 'Author' }) : '· 2nd'}</span>
            ) : null}
            {platform === 'x' && post.time ? (
              <span className="pg-post__time">· {formatTime(post.time, language)}</span>
            ) : null}
          </header>
          <p className="pg-post__text">{post.text}</p>
        </div>
        <footer className="pg-post__actions" aria-hidden="true">
          {platform === 'x' ? (
            <>
              <span>💬</span>
              <span>🔁</span>
              <span>♡</span>
            </>
          ) : platform === 'facebook' ? (
            <>
              <span>{t({ nl: 'Vind ik leuk', en: 'Like' })}</span>
              <span>{t({ nl: 'Reageren', en: 'Reply' })}</span>
              {post.time ? <span>{formatTime(post.time, language)}</span> : null}
            </>
          ) : (
            <>
              <span>{t({ nl: 'Interessant', en: 'Like' })}</span>
              <span>|</span>
              <span>{t({ nl: 'Reageren', en: 'Reply' })}</span>
              {post.time ? <span>{formatTime(post.time, language)}</span> : null}
            </>
          )}
        </footer>
        {isTarget ? (
          <div className="pg-post__target-label">
            {t({ nl: '◀ Doelbericht: hierop antwoord je', en: '◀ Target: the post you answer' })}
          </div>
        ) : null}
        {cues.map((cue) => (
          <div className="pg-post__cue" key={cue} data-testid="sarcasm-cue">
            {t({ nl: 'Sarcasme-aanwijzing: ', en: 'Sarcasm cue: ' })}
            {cue}
          </div>
        ))}
      </div>
    </article>
  );
}

export function Avatar({ name, square = false }: { name: string; square?: boolean }) {
  const initials = name
    .replace(/^@/, '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return (
    <span
      className={`pg-avatar${square ? ' pg-avatar--square' : ''}`}
      style={{ backgroundColor: `hsl(${hash % 360} 45% 45%)` }}
      aria-hidden="true"
    >
      {initials}
    </span>
  );
}

/** Depth of each post in its reply tree (parentId), for Facebook and LinkedIn nesting. */
function depths(posts: readonly Post[]): Map<string, number> {
  const byId = new Map(posts.map((post) => [post.id, post]));
  const result = new Map<string, number>();
  for (const post of posts) {
    let depth = 0;
    let parent = post.parentId ? byId.get(post.parentId) : undefined;
    const seen = new Set<string>([post.id]);
    while (parent && !seen.has(parent.id)) {
      seen.add(parent.id);
      depth++;
      parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    }
    result.set(post.id, depth);
  }
  return result;
}

/** Fixed zone so a scenario shows the same times on every machine. */
const timeFormats = {
  nl: new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }),
};

function formatTime(iso: string, language: 'nl' | 'en'): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : timeFormats[language].format(date);
}
