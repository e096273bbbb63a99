/**
 * The command could not do its job because of what it was given (bad flag, unreadable file,
 * bad config): one clear line for the user, exit 2. Exceptions of other types are bugs.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}
