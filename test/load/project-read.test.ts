import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/load/files.js';
import {
  BLUEPRINT_KIND,
  CONFIG_KIND,
  createProjectRoots,
  linkProblem,
  type ProjectRead,
  readProjectFile,
} from '../../src/load/project.js';

/** What the two steps `readProjectFile` stands for give: `linkProblem`, then `readInputFile`. */
function inTwoSteps(
  file: string,
  cwd: string,
  kind = BLUEPRINT_KIND,
  locale: 'en' | 'fr' = 'en',
): ProjectRead {
  const refused = linkProblem(file, cwd, createProjectRoots(cwd), kind, locale);
  return refused ? { kind: 'refused', message: refused } : readInputFile(file, cwd, locale);
}

describe('readProjectFile', () => {
  // A project (a folder with .git) beside a folder outside it; links of every kind inside.
  const top = realpathSync(mkdtempSync(join(tmpdir(), 'blueprint-project-read-')));
  const project = join(top, 'project');
  mkdirSync(join(project, '.git'), { recursive: true });
  mkdirSync(join(project, 'sub'));
  mkdirSync(join(project, '.hidden'));
  writeFileSync(join(top, 'secret.blueprint.yaml'), 'title: outside\n');
  writeFileSync(join(project, 'a.blueprint.yaml'), 'title: a\n');
  writeFileSync(join(project, 'sub', 'b.blueprint.yaml'), 'title: b\n');
  writeFileSync(join(project, '.hidden', 'c.blueprint.yaml'), 'title: c\n');
  writeFileSync(join(project, 'notes.txt'), 'API_TOKEN=x\n');
  writeFileSync(join(project, 'latin1.blueprint.yaml'), Uint8Array.from([0x74, 0x3a, 0x20, 0xe9, 0x0a]));
  symlinkSync(join(project, 'sub', 'b.blueprint.yaml'), join(project, 'to-b.blueprint.yaml'));
  symlinkSync(join(top, 'secret.blueprint.yaml'), join(project, 'outside.blueprint.yaml'));
  symlinkSync(join(project, 'notes.txt'), join(project, 'notes.blueprint.yaml'));
  symlinkSync(join(project, '.hidden', 'c.blueprint.yaml'), join(project, 'hidden.blueprint.yaml'));
  symlinkSync(join(project, 'gone.blueprint.yaml'), join(project, 'broken.blueprint.yaml'));
  symlinkSync(top, join(project, 'up'));
  mkdirSync(join(project, 'folder.blueprint.yaml'));
  execFileSync('mkfifo', [join(project, 'fifo.blueprint.yaml')]);

  const names = [
    'a.blueprint.yaml',
    'sub/b.blueprint.yaml',
    'to-b.blueprint.yaml',
    'outside.blueprint.yaml',
    'notes.blueprint.yaml',
    'hidden.blueprint.yaml',
    'broken.blueprint.yaml',
    'missing.blueprint.yaml',
    'up/secret.blueprint.yaml',
    'folder.blueprint.yaml',
    'fifo.blueprint.yaml',
    'latin1.blueprint.yaml',
    join(top, 'secret.blueprint.yaml'),
  ];

  it('gives, for files, links, folders, FIFOs and missing files, what the two steps give', () => {
    for (const name of names)
      for (const locale of ['en', 'fr'] as const)
        expect([
          name,
          readProjectFile(name, project, createProjectRoots(project), BLUEPRINT_KIND, locale),
        ]).toEqual([name, inTwoSteps(name, project, BLUEPRINT_KIND, locale)]);
  });

  it('reads the files that may be read, and refuses links out of the project, to other kinds and into hidden folders', () => {
    const kinds = Object.fromEntries(
      names.map((name) => [
        name,
        readProjectFile(name, project, createProjectRoots(project), BLUEPRINT_KIND).kind,
      ]),
    );
    expect(kinds).toEqual({
      'a.blueprint.yaml': 'source',
      'sub/b.blueprint.yaml': 'source',
      'to-b.blueprint.yaml': 'source',
      'outside.blueprint.yaml': 'refused',
      'notes.blueprint.yaml': 'refused',
      'hidden.blueprint.yaml': 'refused',
      'broken.blueprint.yaml': 'refused',
      'missing.blueprint.yaml': 'unreadable',
      'up/secret.blueprint.yaml': 'refused',
      'folder.blueprint.yaml': 'unreadable',
      'fifo.blueprint.yaml': 'unreadable',
      'latin1.blueprint.yaml': 'source',
      // Named as such, outside: its own folder is its project (no .git, no config there).
      [join(top, 'secret.blueprint.yaml')]: 'source',
    });
  });

  it('checks a link against the kind asked for', () => {
    symlinkSync(join(project, 'sub', 'b.blueprint.yaml'), join(project, '.blueprintrc.yaml'));
    const read = readProjectFile('.blueprintrc.yaml', project, createProjectRoots(project), CONFIG_KIND);
    expect(read).toEqual(inTwoSteps('.blueprintrc.yaml', project, CONFIG_KIND));
    expect(read.kind).toBe('refused');
  });
});
