import { describe, expect, it } from 'vitest';
import { subtreeIds } from './org-unit.ts';

describe('subtreeIds', () => {
  const units = [
    { id: 'ks', parentId: 'kommun' },
    { id: 'vss', parentId: 'ks' },
    { id: 'voe', parentId: 'vss' },
    { id: 'eks', parentId: 'voe' },
    { id: 'bun', parentId: 'kommun' },
  ];

  it('holds the unit and every unit below it, at any depth, and nothing beside it', () => {
    expect([...subtreeIds(units, 'ks')].sort()).toEqual(['eks', 'ks', 'voe', 'vss']);
  });

  it('holds the unit alone when nothing is below it', () => {
    expect([...subtreeIds(units, 'bun')]).toEqual(['bun']);
  });
});
