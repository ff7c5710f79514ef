// The editor packages ship no types (no @types installed): the test pages use a few calls only.
declare module 'draft-js';
declare module 'quill';
