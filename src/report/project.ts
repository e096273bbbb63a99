/** The project's home, which `informationUri` and the rule docs' links point to. */
export const PROJECT_URL = 'https://github.com/course-blueprint/course-blueprint';

/** The web page of a rule's documentation, at the tag of this version (`v<version>`). */
export function ruleDocUrl(id: string, version: string): string {
  return `${PROJECT_URL}/blob/v${encodeURIComponent(version)}/docs/rules/${encodeURIComponent(id)}.md`;
}
