/** The rich-text editor's echoes: its own values coming back late are not taken for a change from outside. */
import { describe, expect, it } from 'vitest';
import { Echoes } from '../src/web/kit/echoes.ts';

describe('Echoes', () => {
  it('ignores an older value of its own that the parent renders after a newer one was typed', () => {
    const echoes = new Echoes('');
    echoes.emit('<p>V</p>');
    echoes.emit('<p>Vi</p>');
    expect(echoes.isFromOutside('<p>V</p>')).toBe(false);
    expect(echoes.isFromOutside('<p>Vi</p>')).toBe(false);
  });

  it('takes a value it never emitted as set from outside', () => {
    const echoes = new Echoes('<p>Sparad</p>');
    echoes.emit('<p>Sparad text</p>');
    expect(echoes.isFromOutside('<p>Annan</p>')).toBe(true);
    expect(echoes.isFromOutside('<p>Annan</p>')).toBe(false);
  });

  it('takes a form reset to an earlier value as from outside once its newest value has come back', () => {
    const echoes = new Echoes('<p>Sparad</p>');
    echoes.emit('<p>Sparad text</p>');
    expect(echoes.isFromOutside('<p>Sparad text</p>')).toBe(false);
    expect(echoes.isFromOutside('<p>Sparad</p>')).toBe(true);
  });
});
