import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { finderComuni } from '../../../../../scripts/lib/finder-comuni';
import { loadComuni, searchComuni } from './comuni';

describe('the comuni the finder offers', () => {
  it('is the official list as the generator writes it today (npm run gen:comuni)', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'comuni.json'), 'utf8'));
    expect(committed).toEqual(finderComuni());
  });

  it('holds every comune, with a centre for all but a handful, and finds them by what people type', async () => {
    const comuni = await loadComuni();
    expect(comuni).toHaveLength(7904);
    expect(comuni.filter((c) => !c.position).length).toBeLessThan(300);
    // The towns: an island municipality and a town GeoNames spells otherwise.
    const [lampedusa] = searchComuni(comuni, 'lampedusa');
    expect(lampedusa).toMatchObject({ name: 'Lampedusa e Linosa', province: 'AG' });
    expect(lampedusa!.position!.lat).toBeCloseTo(35.5, 0);
    expect(searchComuni(comuni, 'marsala')[0]).toMatchObject({ name: 'Marsala', province: 'TP' });
    // Accents and case aside; names starting with the text come first.
    expect(searchComuni(comuni, 'CANICATTI')[0]!.name).toBe('Canicattì');
    expect(searchComuni(comuni, 'licata').map((c) => c.name)).toEqual(['Licata', 'Campobello di Licata', 'Vaglio Basilicata']);
    expect(searchComuni(comuni, 'l')).toEqual([]);
  });
});
