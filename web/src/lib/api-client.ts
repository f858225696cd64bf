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
let onPasswordChangeRequired: (() => void) | null = null;

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

/** Called when a request answers 403 password_change_required (an admin reset the password), so the app can block. */
export function setPasswordChangeRequiredHandler(handler: (() => void) | null): void {
  onPasswordChangeRequired = handler;
}

/** An error from the API, rebuilt from its code; `network_error` when the server could not be reached. */
export class ApiError extends Error {
  readonly code: ErrorCode | 'network_error';
  readonly status: number;
  readonly fields: FieldIssue[];
  readonly currentVersion: unknown;
  /** The whole `details` of the body (e.g. `problems` of an issue refusal, `errors` of a workbook). */
  readonly details: Record<string, unknown>;

  constructor(
    code: ErrorCode | 'network_error',
    status: number,
    message: string,
    fields: FieldIssue[] = [],
    currentVersion?: unknown,
    details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.fields = fields;
    this.currentVersion = currentVersion;
    this.details = details;
  }

  /** A list in `details` (e.g. "problems", "errors"), or an empty list. */
  detailList<T>(key: string): T[] {
    const value = this.details[key];
    return Array.isArray(value) ? (value as T[]) : [];
  }

  /** True when someone else changed the record since it was loaded (409 on a stale version). */
  get isConflict(): boolean {
    return this.code === 'version_conflict';
  }
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERRORS, code);
}

// When a proxy or the body limit answers before the API does, there is no JSON body to read the code from.
const STATUS_CODES: Record<number, ErrorCode> = {
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

async function toApiError(response: Response): Promise<ApiError> {
  let body: Partial<ErrorBody> | null = null;
  try {
    body = (await response.json()) as Partial<ErrorBody>;
  } catch {
    body = null;
  }
  const code: ErrorCode = isErrorCode(body?.code) ? body.code : (STATUS_CODES[response.status] ?? 'internal');
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
    (body?.details as Record<string, unknown> | undefined) ?? {},
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

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One fetch with the session cookie, CSRF token (on writes) and language; failures become ApiError. */
async function send(
  method: Method,
  path: string,
  options: { query?: Query; body?: BodyInit; contentType?: string; accept?: string; signal?: AbortSignal },
): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: options.accept ?? 'application/json',
    'Accept-Language': locale,
  };
  if (options.contentType) headers['Content-Type'] = options.contentType;
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body,
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network_error', 0, NETWORK_MESSAGE[locale]);
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (response.status === 401 && path !== '/auth/login' && path !== '/auth/me') onUnauthenticated?.();
    if (error.code === 'password_change_required') onPasswordChangeRequired?.();
    throw error;
  }
  return response;
}

/** Calls the API with the session cookie, CSRF token and language; throws ApiError on any failure. */
export async function apiRequest<T>(
  method: Method,
  path: string,
  options: { query?: Query; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  const response = await send(method, path, {
    query: options.query,
    signal: options.signal,
    ...(options.body === undefined
      ? {}
      : { body: JSON.stringify(options.body), contentType: 'application/json' }),
  });
  return (await response.json()) as T;
}

/** Sends a file as the raw request body (e.g. a workbook to import); answers the API's JSON. */
export async function apiUpload<T>(path: string, query: Query, file: Blob, contentType: string): Promise<T> {
  const response = await send('POST', path, { query, body: file, contentType });
  return (await response.json()) as T;
}

/** Sends a multipart form (JSON parts and files); the browser sets the boundary. Answers the API's JSON. */
export async function apiPostForm<T>(path: string, form: FormData): Promise<T> {
  const response = await send('POST', path, { body: form });
  return (await response.json()) as T;
}

function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1] : fallback;
}

/** Downloads a generated file (docx, xlsx) and hands it to the browser to save; errors come back as ApiError. */
export async function apiDownload(
  path: string,
  query: Query | undefined,
  fallbackName: string,
): Promise<string> {
  const response = await send('GET', path, { query, accept: '*/*' });
  const blob = await response.blob();
  const name = fileNameOf(response, fallbackName);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the blob goes away.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return name;
}

/** GET shorthand. */
export function apiGet<T>(path: string, query?: Query, signal?: AbortSignal): Promise<T> {
  return apiRequest<T>('GET', path, { query, signal });
}

/** POST shorthand. */
export function apiPost<T>(path: string, body?: unknown): Promise<T> {
  return apiRequest<T>('POST', path, { body: body ?? {} });
}

/** PUT shorthand. */
export function apiPut<T>(path: string, body: unknown): Promise<T> {
  return apiRequest<T>('PUT', path, { body });
}

/** PATCH shorthand. */
export function apiPatch<T>(path: string, body: unknown): Promise<T> {
  return apiRequest<T>('PATCH', path, { body });
}
