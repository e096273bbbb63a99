import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The package as npm packs it: the tarball and the paths inside it (without `package/`). */
export interface PackedPackage {
  tarball: string;
  files: string[];
  version: string;
}

/**
 * Packs the package as `npm publish` would, from the build `npm test` made (`--ignore-scripts`:
 * rebuilding `dist/` under tests running in parallel would pull it from under them).
 */
export function packPackage(into: string): PackedPackage {
  const output = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', into], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [packed] = JSON.parse(output) as Array<{
    filename: string;
    version: string;
    files: { path: string }[];
  }>;
  if (!packed) throw new Error('npm pack printed no package');
  return {
    tarball: join(into, packed.filename),
    files: packed.files.map((file) => file.path),
    version: packed.version,
  };
}

/**
 * A new project folder with only the tarball installed: the package from it, its dependencies
 * from the registry, as a user's `npm install -D course-blueprint` would.
 */
export function installTarball(tarball: string): string {
  const project = mkdtempSync(join(tmpdir(), 'blueprint-installed-'));
  writeFileSync(join(project, 'package.json'), '{ "name": "a-course", "private": true }\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--save-dev', tarball], {
    cwd: project,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return project;
}

/** Runs `npx --no course-blueprint …` in a folder: only an installed executable can answer. */
export function npx(cwd: string, args: string[]): { code: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync('npx', ['--no', 'course-blueprint', ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', CI: '' },
    });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The targets of the Markdown links and images of a text (inline form), without code spans or blocks. */
export function markdownLinks(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map(
    (match) => match[1] as string,
  );
}
