import type { ErrorCode, IssueEnvelope } from '../../shared/ipc-contract';

/** An error meant for the user: the dispatcher turns it into an error envelope as it is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: IssueEnvelope[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string, id: number) => new AppError('NOT_FOUND', `${what} ${id} does not exist.`);

export const invalid = (path: (string | number)[], message: string, text: string) =>
  new AppError('VALIDATION', text, [{ path, message }]);
