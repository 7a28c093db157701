import { describe, expect, it } from 'vitest';
import { distanceKm, nearestTo } from './geo';

describe('distances for the nearest-service finder', () => {
  it('measures great-circle kilometres', () => {
    // Palermo – Catania, about 166 km as the crow flies.
    expect(distanceKm({ lat: 38.1157, lng: 13.3615 }, { lat: 37.5079, lng: 15.083 })).toBeCloseTo(166, -1);
    expect(distanceKm({ lat: 37.1, lng: 13.9 }, { lat: 37.1, lng: 13.9 })).toBe(0);
  });

  it('lists the nearest first, ties in the given order, at most the limit', () => {
    const items = [
      { id: 'far', lat: 38.1, lng: 13.36 },
      { id: 'near-a', lat: 37.1, lng: 13.94 },
      { id: 'near-b', lat: 37.1, lng: 13.94 },
      { id: 'mid', lat: 37.3, lng: 13.58 },
    ];
    const found = nearestTo({ lat: 37.1, lng: 13.93 }, items, 3);
    expect(found.map((f) => f.id)).toEqual(['near-a', 'near-b', 'mid']);
    expect(found[0]!.km).toBeLessThan(1);
  });
});
