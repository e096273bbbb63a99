/** The npm package's name: also the executable that `npx` reaches before anything is installed. */
export const PACKAGE_NAME = 'course-blueprint';

/**
 * The web address of a file the published package ships (`schemas/blueprint.schema.json`), at
 * one exact version: jsDelivr serves every file of every npm release, so the address works as
 * soon as the version is published and never changes under a blueprint that names it.
 */
export function publishedFileUrl(path: string, version: string): string {
  return `https://cdn.jsdelivr.net/npm/${PACKAGE_NAME}@${encodeURIComponent(version)}/${path}`;
}
