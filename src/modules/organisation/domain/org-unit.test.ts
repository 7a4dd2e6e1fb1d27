import { describe, expect, it } from 'vitest';
import { subtreeIds, unitPath } from './org-unit.ts';

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

describe('unitPath', () => {
  it('lists the unit and its ancestors, nearest first', () => {
    const units = [
      { id: 'kommun', parentId: null },
      { id: 'ks', parentId: 'kommun' },
      { id: 'vss', parentId: 'ks' },
    ];
    expect(unitPath(units, 'vss')).toEqual(['vss', 'ks', 'kommun']);
    expect(unitPath(units, 'okänd')).toEqual([]);
  });

  it('stops where the data loops instead of running forever', () => {
    const units = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(unitPath(units, 'a')).toEqual(['a', 'b']);
  });
});
