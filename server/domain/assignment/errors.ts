/**
 * The assignment domain throws the app-wide AppError; its codes, statuses and
 * messages live in contracts/errors.ts with every other code.
 */
export { AppError as DomainError } from '../app-error.ts';
