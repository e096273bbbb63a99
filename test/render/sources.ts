import { readdirSync } from 'node:fs';

/** The blueprints of a folder of the repository, as repository paths, sorted. */
export function blueprintsIn(folder: string): string[] {
  return readdirSync(new URL(`../../${folder}/`, import.meta.url))
    .filter((name) => name.endsWith('.blueprint.yaml'))
    .sort()
    .map((name) => `${folder}/${name}`);
}

/** Every blueprint the documents are rendered from in tests: the examples and the render fixtures. */
export const RENDER_SOURCES: readonly string[] = [
  ...blueprintsIn('examples'),
  ...blueprintsIn('test/render/fixtures'),
];

/** The name of a blueprint file without its folder and `.blueprint.yaml`. */
export const stem = (source: string): string =>
  source.split('/').pop()?.replace('.blueprint.yaml', '') ?? source;
