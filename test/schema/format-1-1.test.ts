/** The keys format 1.1 adds: what the schema and the model accept, and what they still refuse. */
import { describe, expect, it } from 'vitest';
import { checkBlueprint } from '../../src/check/blueprint.js';
import { VALID } from '../helpers/check.js';

const schemaFindings = (source: string) =>
  checkBlueprint(source, { rules: [] }).findings.map((f) => `${f.line}:${f.column} ${f.message}`);

describe('format 1.1 keys', () => {
  it('accepts a group size with only min or only max, and refuses one with neither', () => {
    expect(
      schemaFindings(VALID.replace('  description: Anyone', '  description: Anyone\n  size: { max: 12 }')),
    ).toEqual([]);
    expect(
      schemaFindings(VALID.replace('  description: Anyone', '  description: Anyone\n  size: { min: 1 }')),
    ).toEqual([]);
    expect(
      schemaFindings(VALID.replace('  description: Anyone', '  description: Anyone\n  size: {}')),
    ).toEqual([
      '6:3 group size states neither `min` nor `max`: give at least one of the two, or remove `size`',
    ]);
  });

  it('lets a non-teaching module last 0min or state no duration, but not a teaching one', () => {
    const breakModule = (line: string) =>
      VALID.replace(
        '    objectives: [O1]\nassessments',
        `    objectives: [O1]\n  - { id: B1, title: Break, ${line} }\nassessments`,
      );
    expect(schemaFindings(breakModule('kind: break, duration: 0min'))).toEqual([]);
    expect(schemaFindings(breakModule('kind: meal'))).toEqual([]);
    expect(schemaFindings(breakModule('duration: 0min'))).toEqual([
      '18:39 module B1: `duration` cannot be zero: a duration is at least one minute',
    ]);
    expect(schemaFindings(breakModule('kind: teaching'))).toEqual([
      '18:5 module B1 is missing `duration` (how long the module lasts)',
    ]);
    expect(schemaFindings(breakModule('kind: break, duration: soon'))[0]).toMatch(
      /`duration` must be a duration such as/,
    );
  });

  it('lets participation and attendance leave out objectives, and no other type', () => {
    const typed = (type: string) =>
      VALID.replace('    type: quiz\n', `    type: ${type}\n`).replace(/ {4}objectives: \[O1\]\n$/, '');
    expect(schemaFindings(typed('participation'))).toEqual([]);
    expect(schemaFindings(typed('attendance'))).toEqual([]);
    expect(schemaFindings(typed('quiz'))).toEqual([
      '19:5 assessment A1 is missing `objectives` (ids of the objectives this assessment measures (may be empty, which the rules report))',
    ]);
  });

  it('reads a modality list as alternatives, and still names the modes of a bad one', () => {
    expect(schemaFindings(VALID.replace('modality: in-person', 'modality: [remote, in-person]'))).toEqual([]);
    expect(schemaFindings(VALID.replace('modality: in-person', 'modality: [remote, online]'))[0]).toMatch(
      /`modality\[1\]` must be one of in-person, remote, blended, self-paced; got the text 'online'/,
    );
    expect(schemaFindings(VALID.replace('modality: in-person', 'modality: online'))[0]).toMatch(
      /`modality` must be one of in-person, remote, blended, self-paced; got the text 'online'/,
    );
  });

  it('checks the Qualiopi items: results date and rates, completion kind, trainer profile', () => {
    const admin = (text: string) => `${VALID}admin:\n${text}\n`;
    expect(
      schemaFindings(
        admin(
          '  sessions: [intra, inter]\n  trainers: [{ profile: Certified trainer }]\n  means: { pedagogical: [Exercises], technical: [Laptops] }\n  completion: { kind: rncp-block }\n  results: { date: 2026-06, satisfaction: 4.6/5, completion_rate: 98, success_rate: 90, learners: 40 }',
        ),
      ),
    ).toEqual([]);
    const bad = schemaFindings(
      admin(
        '  trainers: [{ name: Ann }]\n  completion: { kind: badge }\n  results: { date: June 2026, completion_rate: 120 }',
      ),
    );
    expect(bad.join('\n')).toMatch(/is missing `profile`/);
    expect(bad.join('\n')).toMatch(
      /`kind` must be one of attestation, certificate, diploma, rncp-block, other/,
    );
    expect(bad.join('\n')).toMatch(/`completion_rate` must be at most 100, got 120/);
    expect(bad.join('\n')).toMatch(/`date` does not have the expected form; got the text 'June 2026'/);
  });

  it('takes graded: false as a yes/no value only', () => {
    expect(
      schemaFindings(VALID.replace('  modality: in-person', '  modality: in-person\n  graded: false')),
    ).toEqual([]);
    expect(
      schemaFindings(VALID.replace('  modality: in-person', '  modality: in-person\n  graded: no'))[0],
    ).toMatch(/`graded` must be true or false/);
  });
});
