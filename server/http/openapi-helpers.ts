import type { z } from 'zod';

/** A required JSON request body, for createRoute. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } } as const;
}

/** A JSON response entry, for createRoute. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description } as const;
}

/** The error responses every route may give. */
export const errorResponses = {
  400: { description: 'Invalid input: `{code, message, details.fields[]}`' },
  401: { description: 'Not signed in' },
  403: { description: 'Not allowed, or CSRF token missing' },
  404: { description: "Not found, or outside the caller's scope" },
  409: { description: 'Stale version: `details.currentVersion`' },
  422: { description: 'A business rule refused the change' },
} as const;
