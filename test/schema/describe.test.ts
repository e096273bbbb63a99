/**
 * How values and owners are named in schema messages (src/schema/describe.ts): details found by
 * the mutants that survived the src/schema mutation run (docs/testing.md).
 */
import { describe, expect, it } from 'vitest';
import { describeOwner, describeValue } from '../../src/schema/describe.js';

describe('describeValue', () => {
  it('names every kind of value in words', () => {
    expect([null, undefined, [], 'abc', 7, true, false, { a: 1 }].map(describeValue)).toEqual([
      'nothing (an empty value)',
      'nothing (an empty value)',
      'a list',
      "the text 'abc'",
      'the number 7',
      'true (a yes/no value)',
      'false (a yes/no value)',
      'a mapping (key: value pairs)',
    ]);
  });

  it('cuts text after 40 characters', () => {
    expect(describeValue('x'.repeat(40))).toBe(`the text '${'x'.repeat(40)}'`);
    expect(describeValue('x'.repeat(41))).toBe(`the text '${'x'.repeat(40)}…'`);
  });
});

describe('describeOwner', () => {
  const data = {
    objectives: Array.from({ length: 12 }, (_, index) => ({ id: `O${index}` })),
    modules: [
      { id: 'M1', activities: [{ title: 'Warm-up' }, { id: 7 }, { id: 'A3', title: 'Named' }] },
      { title: 'Untitled id', id: 3 },
    ],
    competencies: { items: [{ id: 'C1' }] },
    audience: { size: { min: 1 } },
    x: ['plain'],
  };

  it('names the entity a pointer is in: by id, else by title, else by number', () => {
    expect(describeOwner(data, '/objectives/11/bloom')).toBe('objective O11');
    expect(describeOwner(data, '/modules/0/activities/0/type')).toBe("activity 'Warm-up' of module M1");
    expect(describeOwner(data, '/modules/0/activities/1/type')).toBe('activity #2 of module M1');
    expect(describeOwner(data, '/modules/0/activities/2')).toBe('activity A3 of module M1');
    expect(describeOwner(data, '/modules/1/duration')).toBe("module 'Untitled id'");
    expect(describeOwner(data, '/competencies/items/0/title')).toBe('competency C1');
  });

  it('names nothing at the top level, in plain mappings and lists, or past the data', () => {
    expect(describeOwner(data, '')).toBe('');
    expect(describeOwner(data, '/audience/size/min')).toBe('');
    expect(describeOwner(data, '/x/0')).toBe('');
    expect(describeOwner(data, '/objectives/1a')).toBe('');
    expect(describeOwner(data, '/objectives/99/id')).toBe('');
    expect(describeOwner(data, '/modules/0/id/0/1')).toBe('module M1');
  });
});
