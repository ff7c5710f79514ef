// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { comparable, editorKind, insertionPlan, insertionTook } from '../../../lib/sites/insert/plan';
import { decodeRequest, decodeResponse } from '../../../lib/sites/insert/bridge';

function element(markup: string, selector: string): Element {
  const host = document.createElement('div');
  const parsed = new DOMParser().parseFromString(markup, 'text/html');
  host.append(...Array.from(parsed.body.childNodes));
  return host.querySelector(selector)!;
}

describe('editorKind', () => {
  it.each([
    [
      '<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" role="textbox"></div></div>',
      '[role=textbox]',
      'draft',
    ],
    ['<div contenteditable="true" role="textbox" data-lexical-editor="true"></div>', '[role=textbox]', 'lexical'],
    ['<div class="ql-container"><div class="ql-editor" contenteditable="true"></div></div>', '.ql-editor', 'quill'],
    ['<div class="tiptap ProseMirror" contenteditable="true"></div>', '.tiptap', 'prosemirror'],
    ['<textarea></textarea>', 'textarea', 'textarea'],
    ['<div contenteditable="true"></div>', 'div', 'plain'],
  ])('%s → %s', (markup, selector, kind) => {
    expect(editorKind(element(markup, selector))).toBe(kind);
  });
});

describe('insertionPlan', () => {
  it('never uses execCommand on an empty Draft.js editor (it unmounts the composer)', () => {
    expect(insertionPlan('draft', true)).toEqual(['paste']);
    expect(insertionPlan('draft', false)).toEqual(['paste', 'execCommand']);
  });
  it('follows the documented order per editor', () => {
    expect(insertionPlan('lexical', true)).toEqual(['beforeinput', 'paste', 'execCommand']);
    expect(insertionPlan('quill', true)).toEqual(['quill', 'execCommand']);
    expect(insertionPlan('prosemirror', false)).toEqual(['paste', 'execCommand']);
  });
});

describe('insertionTook', () => {
  it('ignores how editors lay out newlines', () => {
    expect(comparable('Hoi Anouk,\nwe kijken ernaar.')).toBe(comparable('Hoi Anouk,we kijken\u00a0ernaar.'));
    expect(insertionTook('', 'Hoi Anouk,\n\nwe kijken ernaar.', 'Hoi Anouk,\nwe kijken ernaar.', 'replace')).toBe(true);
  });
  it('replace must leave only the text; append must keep what was there', () => {
    expect(insertionTook('oud', 'oudnieuw', 'nieuw', 'replace')).toBe(false);
    expect(insertionTook('oud', 'nieuw', 'nieuw', 'replace')).toBe(true);
    expect(insertionTook('oud', 'oud nieuw', 'nieuw', 'append')).toBe(true);
    expect(insertionTook('oud', 'nieuw', 'nieuw', 'append')).toBe(false);
    expect(insertionTook('', '', 'nieuw', 'append')).toBe(false);
  });
});

describe('bridge protocol', () => {
  it('decodes only well-formed JSON details', () => {
    expect(decodeRequest(JSON.stringify({ id: 'a', text: 'hi', mode: 'append' }))).toEqual({
      id: 'a',
      text: 'hi',
      mode: 'append',
    });
    expect(decodeRequest(JSON.stringify({ id: 'a', text: 'hi', mode: 'weird' }))?.mode).toBe('replace');
    expect(decodeRequest({ id: 'a', text: 'hi' })).toBeUndefined();
    expect(decodeRequest('{broken')).toBeUndefined();
    expect(decodeResponse(JSON.stringify({ id: 'a', ok: true, method: 'paste' }))).toMatchObject({ ok: true });
    expect(decodeResponse(JSON.stringify({ id: 'a', ok: 'yes' }))).toBeUndefined();
  });
});
