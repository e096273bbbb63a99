import type { Locale } from '../i18n/locale.js';
import type { Model } from '../model/model.js';
import { programmeIncomplete } from '../rules/programme-incomplete.js';

/**
 * What a published training programme of this blueprint would not state, in the words of the
 * `programme-incomplete` rule (whatever the config says of that rule): one message per item,
 * `[]` when the programme is complete, in the messages' `locale`. A programme with gaps must not
 * look finished.
 */
export function missingProgrammeItems(model: Model, locale: Locale = 'en'): string[] {
  return programmeIncomplete.check(model, { locale }).map((report) => report.message);
}
