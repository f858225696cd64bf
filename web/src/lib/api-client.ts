import {
  ERRORS,
  type ErrorBody,
  type ErrorCode,
  errorMessage,
  type FieldIssue,
  type Locale,
} from '../../../contracts/errors.ts';

let csrfToken: string | null = null;
let locale: Locale = 'vi';
let onUnauthenticated: (() => void) | null = null;

/** Remembers the CSRF token sent back by sign-in and /auth/me; every write carries it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The UI language, sent as Accept-Language so the API answers errors in it. */
export function setApiLocale(next: Locale): void {
  locale = next;
}

/** Called when a request answers 401 (the session ended), so the app can go back to sign-in. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/** An error from the API, rebuilt from its code; `network_error` when the server could not be reached. */
export class ApiError extends Error {
  readonly code: ErrorCode | 'network_error';
  readonly status: number;
  readonly fields: FieldIssue[];
  readonly currentVersion: unknown;

  constructor(
    code: ErrorCode | 'network_error',
    status: number,
    message: string,
    fields: FieldIssue[] = [],
    currentVersion?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.fields = fields;
    this.currentVersion = currentVersion;
  }

  /** True when someone else changed the record since it was loaded (409 on a stale version). */
  get isConflict(): boolean {
    return this.code === 'version_conflict';
  }
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERRORS, code);
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: Partial<ErrorBody> | null = null;
  try {
    body = (await response.json()) as Partial<ErrorBody>;
  } catch {
    body = null;
  }
  const code: ErrorCode = isErrorCode(body?.code)
    ? body.code
    : response.status === 404
      ? 'not_found'
      : 'internal';
  const message =
    typeof body?.message === 'string' && body.message
      ? body.message
      : errorMessage(code, locale, {
          entity: '',
          requestId: response.headers.get('x-request-id') ?? '?',
          currentVersion: '?',
        });
  return new ApiError(
    code,
    response.status,
    message,
    body?.details?.fields ?? [],
    body?.details?.currentVersion,
  );
}

const NETWORK_MESSAGE: Record<Locale, string> = {
  vi: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi thử lại.',
  en: 'The server cannot be reached. Please check the network and try again.',
};

type Query = Record<string, string | number | boolean | undefined | null>;

/** Builds "/api/<path>?a=b" leaving out empty parameters. */
export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

/** Calls the API with the session cookie, CSRF token and language; throws ApiError on any failure. */
export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  options: { query?: Query; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': locale };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network_error', 0, NETWORK_MESSAGE[locale]);
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && path !== '/auth/login' && path !== '/auth/me') onUnauthenticated?.();
    throw error;
  }
  return (await response.json()) as T;
}

/** GET shorthand. */
export function apiGet<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
  return apiRequest<T>('GET', path, { query, signal });
}

/** POST shorthand. */
export function apiPost<T>(path: string, body?: unknown): Promise<T> {
  return apiRequest<T>('POST', path, { body: body ?? {} });
}

/** PATCH shorthand. */
export function apiPatch<T>(path: string, body: unknown): Promise<T> {
  return apiRequest<T>('PATCH', path, { body });
}
