import { describe, expect, it } from 'vitest';
import { buildAssignments, groupMatches, initialChoices, previewInChunks, sameDomainGroups, type RowMatch } from './import-review';
import type { ParsedParticipant } from './parse-participants';

const sure = (organizationId: number, method: RowMatch['method'] = 'exact_name'): RowMatch => ({ organizationId, method, confidence: 1 });
const none: RowMatch = { organizationId: null, method: null, confidence: 0 };

describe('reviewing the matches of an import', () => {
  const rows: ParsedParticipant[] = [
    { line: 2, name: 'Giulia Ferrara', email: 'giulia@comune.palermo.it', organization: 'Comune di Palermo' },
    { line: 3, name: 'GIULIA FERRARA', organization: 'comune di palermo' },
    { line: 4, name: 'Marco Greco', email: 'marco@comune.palermo.it' },
    { line: 5, name: 'Anna Neri', email: 'anna@comune.palermo.it' },
    { line: 6, name: 'Tizio', email: 'tizio@gmail.com' },
    { line: 7, name: 'Caio', email: 'caio@gmail.com' },
    { line: 8, organization: 'Comune di Trapanni' },
  ];
  const matches = [sure(1), sure(1), sure(1, 'email_domain'), sure(1, 'email_domain'), none, none, { organizationId: 2, method: 'close_name', confidence: 0.6 } as RowMatch];

  it('groups rows that read the same, puts the doubtful first and leaves unknown people on their own', () => {
    const groups = groupMatches(rows, matches);
    expect(groups.map((g) => [g.label, g.rows.length, g.needsReview])).toEqual([
      ['Caio', 1, true],
      ['Comune di Trapanni', 1, true],
      ['Tizio', 1, true],
      ['@comune.palermo.it', 2, false],
      ['Comune di Palermo', 2, false],
    ]);
    // Sure matches are chosen; a guess to check (the close name, 60%) is only suggested.
    expect(initialChoices(groups)).toEqual({
      [groups[0]!.key]: null,
      [groups[1]!.key]: null,
      [groups[2]!.key]: null,
      [groups[3]!.key]: 1,
      [groups[4]!.key]: 1,
    });
  });

  it('offers a choice for the other rows writing from the same organisation domain, never from gmail.com', () => {
    const list: ParsedParticipant[] = [
      { line: 2, name: 'Rita Sole', email: 'rita@coopsole.it' },
      { line: 3, name: 'Ugo Sole', email: 'ugo@coopsole.it' },
      { line: 4, name: 'Pia Sole', email: 'pia@ufficio.coopsole.it' },
      { line: 5, name: 'Tizio', email: 'tizio@gmail.com' },
      { line: 6, name: 'Caio', email: 'caio@gmail.com' },
    ];
    const groups = groupMatches(list, list.map(() => none));
    const by = (label: string) => groups.find((g) => g.label === label)!;
    const choices = { ...initialChoices(groups), [by('Rita Sole').key]: 7 };
    expect(sameDomainGroups(groups, choices, by('Rita Sole')).map((g) => g.label)).toEqual(['Ugo Sole']);
    // Nothing chosen yet, or the others already agree: nothing to offer.
    expect(sameDomainGroups(groups, choices, by('Ugo Sole'))).toEqual([]);
    expect(sameDomainGroups(groups, { ...choices, [by('Ugo Sole').key]: 7 }, by('Rita Sole'))).toEqual([]);
    expect(sameDomainGroups(groups, { ...choices, [by('Tizio').key]: 7 }, by('Tizio'))).toEqual([]);
  });

  it('assigns the people of each chosen group, counting repeated people once', () => {
    const groups = groupMatches(rows, matches);
    const label = (l: string) => groups.find((g) => g.label === l)!.key;
    const choices = { ...initialChoices(groups), [label('Tizio')]: 2, [label('Comune di Trapanni')]: 2 };
    // Giulia Ferrara twice (same name, one row without e-mail), Marco and Anna: 3 people from organisation 1.
    expect(buildAssignments(rows, groups, choices)).toEqual([
      { organizationId: 2, people: 2 },
      { organizationId: 1, people: 3 },
    ]);
  });

  it('confirms a 10,000-row list with a request of a few bytes per organisation', () => {
    const big: ParsedParticipant[] = Array.from({ length: 10_000 }, (_, i) => ({
      line: i + 2,
      name: `Nome${i} Cognome-Piuttosto-Lungo${i}`,
      email: `nome${i}.cognome-piuttosto-lungo${i}@servizisociali.comune.palermo.it`,
      organization: 'Comune di Palermo — Assessorato alle politiche sociali',
    }));
    const groups = groupMatches(big, big.map(() => sure(1)));
    const body = JSON.stringify({ assignments: buildAssignments(big, groups, initialChoices(groups)) });
    expect(JSON.parse(body)).toEqual({ assignments: [{ organizationId: 1, people: 10_000 }] });
  });

  it('sends the rows in chunks, in order, and stops when asked', async () => {
    const many: ParsedParticipant[] = Array.from({ length: 2500 }, (_, i) => ({ line: i + 2, name: `P${i}`, organization: 'X' }));
    const sizes: number[] = [];
    const progress: number[] = [];
    const result = await previewInChunks(
      many,
      async (chunk) => {
        sizes.push(chunk.length);
        expect(chunk[0]).not.toHaveProperty('line');
        return chunk.map(() => none);
      },
      { onProgress: (n) => progress.push(n) },
    );
    expect(sizes).toEqual([1000, 1000, 500]);
    expect(progress).toEqual([1000, 2000, 2500]);
    expect(result).toHaveLength(2500);
    const controller = new AbortController();
    const stopped = previewInChunks(many, async (chunk) => {
      controller.abort();
      return chunk.map(() => none);
    }, { signal: controller.signal });
    await expect(stopped).rejects.toThrow();
  });
});
