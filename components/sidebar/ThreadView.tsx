/** The conversation as the page has it: author, handle, time, text (as React text), nesting, brand and target. */
import type { Post, Thread } from '../../lib/thread/schema';
import { useT, useUiLanguage } from '../common/locale';

function depthOf(post: Post, byId: Map<string, Post>): number {
  let depth = 0;
  let parent = post.parentId ? byId.get(post.parentId) : undefined;
  while (parent && depth < 6) {
    depth++;
    parent = parent.parentId ? byId.get(parent.parentId) : undefined;
  }
  return depth;
}

export function ThreadView(props: {
  thread: Thread;
  targetId: string | undefined;
  cuePosts: ReadonlySet<string>;
  onSelect?: (postId: string) => void;
}) {
  const t = useT();
  const language = useUiLanguage();
  const byId = new Map(props.thread.posts.map((post) => [post.id, post]));
  const format = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  return (
    <section className="wc-thread" aria-label={t({ nl: 'Gesprek', en: 'Conversation' })}>
      <h2>
        {t({ nl: 'Gesprek', en: 'Conversation' })} <span className="wc-muted">({props.thread.posts.length})</span>
      </h2>
      <ol>
        {props.thread.posts.map((post) => {
          const isTarget = post.id === props.targetId;
          const classes = [
            'wc-post',
            post.isBrand && 'wc-brand',
            isTarget && 'wc-target',
            props.cuePosts.has(post.id) && 'wc-cue',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <li
              key={post.id}
              className={classes}
              data-post-id={post.id}
              data-target={isTarget ? 'true' : undefined}
              style={{ marginInlineStart: `${depthOf(post, byId) * 14}px` }}
            >
              <button
                type="button"
                className="wc-post-button"
                onClick={() => props.onSelect?.(post.id)}
                disabled={!props.onSelect}
                title={t({ nl: 'Maak dit het bericht om te beantwoorden', en: 'Answer this post' })}
              >
                <span className="wc-author">{post.author}</span>
                {post.handle && <span className="wc-handle">{post.handle}</span>}
                {post.isBrand && <span className="wc-badge">{t({ nl: 'merk', en: 'brand' })}</span>}
                {isTarget && <span className="wc-badge wc-badge-target">{t({ nl: 'doel', en: 'target' })}</span>}
                {post.time && <time dateTime={post.time}>{format.format(new Date(post.time))}</time>}
                <span className="wc-text">{post.text}</span>
                {post.quoted && (
                  <span className="wc-quoted">
                    {post.quoted.author}: {post.quoted.text}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
