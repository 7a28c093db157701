import { describe, expect, it } from 'vitest';
import { formatInteger, intlLocale, localePath, pickText, plural } from './locale';
import { en } from './messages.en';
import { it as italian } from './messages.it';

describe('language rules', () => {
  it('formats Italian as it-IT and English as British English', () => {
    expect(intlLocale('it')).toBe('it-IT');
    expect(intlLocale('en')).toBe('en-GB');
    expect(formatInteger('it', 12345)).toBe('12.345');
    expect(formatInteger('en', 12345)).toBe('12,345');
  });

  it('shows a record’s English field in English, its Italian one when there is no translation', () => {
    expect(pickText('en', { it: 'Comune', en: 'Municipality' })).toBe('Municipality');
    expect(pickText('it', { it: 'Comune', en: 'Municipality' })).toBe('Comune');
    expect(pickText('en', { it: 'Comune', en: '' })).toBe('Comune');
    expect(pickText('en', { it: 'Comune', en: null })).toBe('Comune');
  });

  it('chooses plural forms by the language’s rules, falling back to `other`', () => {
    const forms = (n: number) => ({ one: `${n} ente`, other: `${n} enti` });
    expect([0, 1, 2, 21].map((n) => plural('it', n, forms(n)))).toEqual(['0 enti', '1 ente', '2 enti', '21 enti']);
    expect(plural('en', 1, { one: 'one', other: 'other' })).toBe('one');
    expect(plural('en', 1.5, { one: 'one', other: 'other' })).toBe('other');
    // A category a language has but the phrase does not give: `other`.
    expect(plural('it', 1_000_000, { one: 'one', other: 'other' })).toBe('other');
  });

  it('puts English paths under /en and Italian ones at the root', () => {
    expect(localePath('it', '/partners')).toBe('/partners');
    expect(localePath('en', '/partners')).toBe('/en/partners');
    expect(localePath('en', '/')).toBe('/en');
  });

  it('keeps the sentences the dictionaries said before plural rules', () => {
    expect([1, 3].map((n) => italian.filters.resultsByRole(n, 0))).toEqual(['1 partner', '3 partner']);
    expect(italian.filters.resultsByRole(10, 1)).toBe('10 partner e 1 membro della rete');
    expect(en.filters.resultsByRole(1, 8000)).toBe('1 partner and 8000 network members');
    expect([1, 3].map(en.events.results)).toEqual(['1 event', '3 events']);
  });
});
