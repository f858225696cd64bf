import { describe, expect, it } from 'vitest';
import { assertStrongPassword, loginThrottled } from './passwords.ts';

describe('password policy and sign-in throttling', () => {
  it.each([
    ['Demo@2022', true],
    ['mậtkhẩu9x', true],
    ['short1', false],
    ['onlyletters', false],
    ['1234567890', false],
  ])('password %s is accepted: %s', (password, ok) => {
    expect(() => assertStrongPassword(password)).toBeTypeOf('function');
    if (ok) expect(() => assertStrongPassword(password)).not.toThrow();
    else expect(() => assertStrongPassword(password)).toThrow('weak_password');
  });

  it('throttles after five failures for one username or thirty from one address', () => {
    expect(loginThrottled(4, 29)).toBe(false);
    expect(loginThrottled(5, 0)).toBe(true);
    expect(loginThrottled(0, 30)).toBe(true);
  });
});
