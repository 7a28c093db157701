import { describe, expect, it } from 'vitest';
import { localeFromPath, stripLocale } from '@shared/locales';
import { formatInteger, intlLocale, localePath, pickRecord, pickText, plural } from './locale';
import { ar } from './messages.ar';
import { en } from './messages.en';
import { fr } from './messages.fr';
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

  it('formats French with its spaces and Arabic with Western digits', () => {
    expect(intlLocale('fr')).toBe('fr-FR');
    expect(formatInteger('fr', 12345)).toBe('12\u202f345');
    expect(formatInteger('ar', 12345)).toBe('12,345');
  });

  it('gives Arabic its six plural forms and French its own', () => {
    const forms = { zero: 'zero', one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((n) => plural('ar', n, forms))).toEqual([
      'zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other',
    ]);
    // French counts 0 and 1 as singular.
    expect([0, 1, 2].map((n) => plural('fr', n, { one: 'one', other: 'other' }))).toEqual(['one', 'one', 'other']);
    expect([1, 2, 5, 11, 100].map((n) => ar.filters.resultsByRole(n, 0))).toEqual(['شريك واحد', 'شريكان', '5 شركاء', '11 شريكًا', '100 شريك']);
    expect(ar.events.results(0)).toBe('لا يوجد أي نشاط');
    expect(fr.filters.resultsByRole(1, 8000)).toBe('1 partenaire et 8\u202f000 membres du réseau');
  });

  it('shows French and Arabic visitors the Italian text of a record, saying it is Italian', () => {
    expect(pickRecord('fr', { it: 'Comune', en: 'Municipality' })).toEqual({ text: 'Comune', lang: 'it' });
    expect(pickRecord('ar', { it: 'Comune', en: 'Municipality' })).toEqual({ text: 'Comune', lang: 'it' });
    expect(pickRecord('en', { it: 'Comune', en: '' })).toEqual({ text: 'Comune', lang: 'it' });
  });

  it('reads the language from the path: Italian at the root, the others under their prefix', () => {
    expect(['/', '/en', '/fr/partners', '/ar/events/x', '/english', '/arancia'].map(localeFromPath)).toEqual(['it', 'en', 'fr', 'ar', 'it', 'it']);
    expect(['/ar', '/fr/partners', '/partners', '/frutta'].map(stripLocale)).toEqual(['/', '/partners', '/partners', '/frutta']);
    expect(localePath('ar', '/partners')).toBe('/ar/partners');
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
