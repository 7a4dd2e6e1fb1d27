import { describe, expect, it } from 'vitest';
import { isUnitRef, subtreeIds, unitPath, unitRef } from './org-unit.ts';

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

describe('unitRef', () => {
  const vss = { id: '0b5e3a1c-2f4d-4e6a-8b9c-1d2e3f4a5b6c', code: 'VSS' };

  it('names a unit by its id in any case, or by its code in any case and spacing', () => {
    expect(unitRef('0B5E3A1C-2F4D-4E6A-8B9C-1D2E3F4A5B6C')).toEqual({ id: vss.id });
    expect(unitRef(' vss ')).toEqual({ code: 'VSS' });
    expect(isUnitRef(vss, unitRef(vss.id.toUpperCase()))).toBe(true);
    expect(isUnitRef(vss, unitRef('vss'))).toBe(true);
    expect(isUnitRef(vss, unitRef('LKDATA'))).toBe(false);
  });

  it('takes a code that merely looks like an id fragment as a code', () => {
    expect(unitRef('0b5e3a1c')).toEqual({ code: '0B5E3A1C' });
  });
});
