/** A command given wrongly: its message and the usage line are printed, and the exit code is 1. */
export class UsageError extends Error {}
