import { describe, expect, it } from 'vitest';
import { attendanceEn } from './text.en';
import { attendanceIt } from './text.it';

describe('the attendance text', () => {
  it('says what it said before plural rules', () => {
    expect([0, 1, 2].map(attendanceIt.register.unsaved)).toEqual([
      'Nessuna modifica da salvare',
      '1 modifica non salvata',
      '2 modifiche non salvate',
    ]);
    expect(attendanceEn.register.import.stats(1, 1, 0, 1200)).toBe('1 row: 1 matched, 0 to check, 1,200 unmatched.');
    expect(attendanceIt.register.import.stats(2, 1, 0, 2)).toBe('2 righe: 1 abbinata, 0 da verificare, 2 non abbinate.');
    expect(attendanceEn.signIn.invitedNote(1)).toBe('1 invited organisation, from the attendance register.');
  });
});
