/**
 * Live editing of a scenario: the posts (text, author, handle, brand flag, target, add/remove), the brand settings and
 * the scenario's own texts. Every change goes straight to the parent, so the analysis re-runs as the trainer types.
 */
import { useState } from 'react';
import { mistakeLabels } from '../../lib/playground/mistakes';
import { mistakeSchema, type Mistake, type Scenario } from '../../lib/playground/schema';
import type { Brand, Platform, Post } from '../../lib/thread/schema';
import { findTarget } from '../../lib/thread/target';
import { useT } from '../common/locale';

export interface ScenarioEditorProps {
  scenario: Scenario;
  onChange: (scenario: Scenario) => void;
}

export function ScenarioEditor({ scenario, onChange }: ScenarioEditorProps) {
  const t = useT();
  const thread = scenario.thread;
  const target = findTarget(thread);
  const setThread = (next: Partial<Scenario['thread']>) => onChange({ ...scenario, thread: { ...thread, ...next } });
  const setPost = (id: string, change: Partial<Post>) =>
    setThread({ posts: thread.posts.map((post) => (post.id === id ? { ...post, ...change } : post)) });

  const addPost = () => {
    const last = thread.posts.at(-1);
    const id = nextPostId(thread.posts);
    const post: Post = {
      id,
      author: t({ nl: 'Klant', en: 'Customer' }),
      isBrand: false,
      text: '',
      ...(last ? { parentId: last.id } : {}),
    };
    setThread({ posts: [...thread.posts, post] });
  };
  const removePost = (id: string) => {
    const posts = thread.posts
      .filter((post) => post.id !== id)
      .map((post) => (post.parentId === id ? withoutParent(post) : post));
    const { targetId: _dropped, ...rest } = thread;
    onChange({ ...scenario, thread: thread.targetId === id ? { ...rest, posts } : { ...thread, posts } });
  };

  return (
    <div className="pg-editor" data-testid="scenario-editor">
      <fieldset className="pg-fieldset">
        <legend>{t({ nl: 'Berichten', en: 'Posts' })}</legend>
        <label className="pg-inline">
          {t({ nl: 'Platform', en: 'Platform' })}{' '}
          <select
            value={thread.platform}
            onChange={(event) => setThread({ platform: event.target.value as Platform })}
            data-testid="edit-platform"
          >
            <option value="x">X</option>
            <option value="facebook">Facebook</option>
            <option value="linkedin">LinkedIn</option>
            <option value="web">Web</option>
          </select>
        </label>
        {thread.posts.map((post, index) => (
          <div className="pg-post-edit" key={post.id} data-testid={`edit-post-${post.id}`}>
            <div className="pg-post-edit__row">
              <span className="pg-tag">{post.id}</span>
              <input
                aria-label={t({ nl: `Auteur van bericht ${index + 1}`, en: `Author of post ${index + 1}` })}
                value={post.author}
                onChange={(event) => setPost(post.id, { author: event.target.value })}
              />
              <input
                aria-label={t({ nl: `Handle van bericht ${index + 1}`, en: `Handle of post ${index + 1}` })}
                placeholder="@handle"
                value={post.handle ?? ''}
                onChange={(event) =>
                  event.target.value === ''
                    ? setThread({ posts: thread.posts.map((p) => (p.id === post.id ? withoutHandle(p) : p)) })
                    : setPost(post.id, { handle: event.target.value })
                }
              />
              <label className="pg-inline">
                <input
                  type="checkbox"
                  checked={post.isBrand}
                  onChange={(event) => setPost(post.id, { isBrand: event.target.checked })}
                />{' '}
                {t({ nl: 'merk', en: 'brand' })}
              </label>
              <label className="pg-inline">
                <input
                  type="radio"
                  name={`target-${scenario.id}`}
                  checked={post.id === target?.id}
                  onChange={() => setThread({ targetId: post.id })}
                />{' '}
                {t({ nl: 'doel', en: 'target' })}
              </label>
              <button
                type="button"
                className="pg-button pg-button--small pg-button--danger"
                onClick={() => removePost(post.id)}
                aria-label={t({ nl: `Verwijder bericht ${index + 1}`, en: `Remove post ${index + 1}` })}
              >
                ✕
              </button>
            </div>
            <textarea
              aria-label={t({ nl: `Tekst van bericht ${index + 1}`, en: `Text of post ${index + 1}` })}
              value={post.text}
              rows={2}
              onChange={(event) => setPost(post.id, { text: event.target.value })}
              data-testid={`edit-post-text-${post.id}`}
            />
          </div>
        ))}
        <button type="button" className="pg-button" onClick={addPost} data-testid="add-post">
          {t({ nl: '+ Bericht toevoegen', en: '+ Add post' })}
        </button>
      </fieldset>
      <BrandEditor key={scenario.id} scenario={scenario} onChange={onChange} />
      <TextsEditor scenario={scenario} onChange={onChange} />
    </div>
  );
}

function BrandEditor({ scenario, onChange }: ScenarioEditorProps) {
  const t = useT();
  const brand: Brand = scenario.thread.brand ?? { name: '', handles: [], voice: 'informal' };
  // The handles field keeps what is typed ("@a, ") and is parsed on each change.
  const [handlesText, setHandlesText] = useState(brand.handles.join(', '));
  const setBrand = (change: Partial<Brand>) => {
    const next = { ...brand, ...change };
    const { brand: _old, ...thread } = scenario.thread;
    onChange({ ...scenario, thread: next.name.trim() === '' ? thread : { ...thread, brand: next } });
  };
  const agent = scenario.agent ?? { firstName: '', initials: '' };
  return (
    <fieldset className="pg-fieldset" data-testid="brand-editor">
      <legend>{t({ nl: 'Merk', en: 'Brand' })}</legend>
      <label>
        {t({ nl: 'Naam', en: 'Name' })}
        <input
          value={brand.name}
          onChange={(event) => setBrand({ name: event.target.value })}
          data-testid="brand-name"
        />
      </label>
      <label>
        {t({ nl: 'Handles (komma’s ertussen)', en: 'Handles (comma-separated)' })}
        <input
          value={handlesText}
          onChange={(event) => {
            setHandlesText(event.target.value);
            setBrand({
              handles: event.target.value
                .split(',')
                .map((h) => h.trim())
                .filter(Boolean),
            });
          }}
        />
      </label>
      <label>
        {t({ nl: 'Stem', en: 'Voice' })}
        <select
          value={brand.voice}
          onChange={(event) => setBrand({ voice: event.target.value === 'formal' ? 'formal' : 'informal' })}
          data-testid="brand-voice"
        >
          <option value="informal">{t({ nl: 'informeel (je/jij)', en: 'informal (casual)' })}</option>
          <option value="formal">{t({ nl: 'formeel (u/uw)', en: 'formal' })}</option>
        </select>
      </label>
      <label>
        {t({ nl: 'Ondertekening', en: 'Signature' })}
        <input
          value={brand.signature ?? ''}
          placeholder="^{initials}"
          onChange={(event) => {
            const { signature: _old, ...rest } = brand;
            const next: Brand = event.target.value === '' ? rest : { ...rest, signature: event.target.value };
            const { brand: _b, ...thread } = scenario.thread;
            onChange({ ...scenario, thread: next.name.trim() === '' ? thread : { ...thread, brand: next } });
          }}
        />
      </label>
      <label>
        {t({ nl: 'Medewerker (voornaam)', en: 'Agent (first name)' })}
        <input
          value={agent.firstName}
          onChange={(event) => onChange({ ...scenario, agent: { ...agent, firstName: event.target.value } })}
        />
      </label>
      <label>
        {t({ nl: 'Initialen', en: 'Initials' })}
        <input
          value={agent.initials}
          onChange={(event) => onChange({ ...scenario, agent: { ...agent, initials: event.target.value } })}
        />
      </label>
    </fieldset>
  );
}

function TextsEditor({ scenario, onChange }: ScenarioEditorProps) {
  const t = useT();
  const toggleMistake = (mistake: Mistake, on: boolean) =>
    onChange({
      ...scenario,
      mistakes: on ? [...scenario.mistakes, mistake] : scenario.mistakes.filter((m) => m !== mistake),
    });
  return (
    <fieldset className="pg-fieldset">
      <legend>{t({ nl: 'Scenario', en: 'Scenario' })}</legend>
      <label>
        {t({ nl: 'Titel (NL)', en: 'Title (Dutch)' })}
        <input
          value={scenario.title.nl}
          onChange={(e) => onChange({ ...scenario, title: { ...scenario.title, nl: e.target.value } })}
        />
      </label>
      <label>
        {t({ nl: 'Titel (EN)', en: 'Title (English)' })}
        <input
          value={scenario.title.en}
          onChange={(e) => onChange({ ...scenario, title: { ...scenario.title, en: e.target.value } })}
        />
      </label>
      <label>
        {t({ nl: 'Slecht antwoord', en: 'Bad reply' })}
        <textarea
          rows={2}
          value={scenario.badReply}
          onChange={(e) => onChange({ ...scenario, badReply: e.target.value })}
        />
      </label>
      <label>
        {t({ nl: 'Goed antwoord', en: 'Good reply' })}
        <textarea
          rows={2}
          value={scenario.goodReply}
          onChange={(e) => onChange({ ...scenario, goodReply: e.target.value })}
        />
      </label>
      <label>
        {t({ nl: 'Les (NL)', en: 'Lesson (Dutch)' })}
        <textarea
          rows={2}
          value={scenario.lesson.nl}
          onChange={(e) => onChange({ ...scenario, lesson: { ...scenario.lesson, nl: e.target.value } })}
        />
      </label>
      <label>
        {t({ nl: 'Les (EN)', en: 'Lesson (English)' })}
        <textarea
          rows={2}
          value={scenario.lesson.en}
          onChange={(e) => onChange({ ...scenario, lesson: { ...scenario.lesson, en: e.target.value } })}
        />
      </label>
      <div
        className="pg-checks"
        role="group"
        aria-label={t({ nl: 'Wat is er mis met het slechte antwoord?', en: 'What is wrong with the bad reply?' })}
      >
        {mistakeSchema.options.map((mistake) => (
          <label key={mistake} className="pg-inline">
            <input
              type="checkbox"
              checked={scenario.mistakes.includes(mistake)}
              onChange={(event) => toggleMistake(mistake, event.target.checked)}
            />{' '}
            {t(mistakeLabels[mistake].label)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function nextPostId(posts: readonly Post[]): string {
  const taken = new Set(posts.map((post) => post.id));
  let n = posts.length + 1;
  while (taken.has(`p${n}`)) n++;
  return `p${n}`;
}

function withoutParent(post: Post): Post {
  const { parentId: _parent, ...rest } = post;
  return rest;
}

function withoutHandle(post: Post): Post {
  const { handle: _handle, ...rest } = post;
  return rest;
}
