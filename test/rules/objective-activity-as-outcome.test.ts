import { describeVoiceRule } from './voice-rule.js';

describeVoiceRule(
  'objective-activity-as-outcome',
  'Rewrite objective `O1` as what the learner will be able to do, with an action verb at understand such as `explain`, `summarize`, `describe`, `classify`, `compare` or `illustrate`: "Participate in" names an activity, not an outcome that can be assessed',
  'Participer à',
);
