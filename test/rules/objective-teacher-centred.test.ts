import { describeVoiceRule } from './voice-rule.js';

describeVoiceRule(
  'objective-teacher-centred',
  'Rewrite objective `O1` as what the learner will be able to do, with an action verb at understand such as `explain`, `summarize`, `describe`, `classify`, `compare` or `illustrate`: "Introduce" says what the teacher will do, not what the learner will be able to do',
  'Présenter',
);
