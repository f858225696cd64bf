import { AppError } from './app-error.ts';

export const PASSWORD_MIN_LENGTH = 8;

/** Refuses passwords shorter than the minimum or without both letters and digits. */
export function assertStrongPassword(password: string, field = 'newPassword'): void {
  const ok = password.length >= PASSWORD_MIN_LENGTH && /\p{L}/u.test(password) && /\d/.test(password);
  if (!ok)
    throw new AppError('weak_password', { min: PASSWORD_MIN_LENGTH }, [{ field, code: 'weak_password' }]);
}

export const LOGIN_WINDOW_MINUTES = 15;
export const LOGIN_MAX_FAILURES_PER_USER = 5;
export const LOGIN_MAX_FAILURES_PER_IP = 30;

/** Decides whether a login attempt is throttled, from recent failure counts. */
export function loginThrottled(failuresForUser: number, failuresFromIp: number): boolean {
  return failuresForUser >= LOGIN_MAX_FAILURES_PER_USER || failuresFromIp >= LOGIN_MAX_FAILURES_PER_IP;
}
