import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import {
  CHECK_IN_LIMITS,
  type CheckInData,
  checkInData,
  checkInHistorySchema,
  checkInSchema,
  taskIdParam,
} from '../../../contracts/check-ins.ts';
import { idParam } from '../../../contracts/common.ts';
import { AppError } from '../../domain/app-error.ts';
import type { EvidenceUpload } from '../../services/check-ins/evidence-uploads.ts';
import { getEvidenceFile } from '../../services/check-ins/get-evidence.ts';
import { listCheckIns } from '../../services/check-ins/list-check-ins.ts';
import { recordCheckIn } from '../../services/check-ins/record-check-in.ts';
import { contentDisposition } from '../../storage/safe-file-name.ts';
import { validationErrorBody } from '../error-response.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses, jsonResponse } from '../openapi-helpers.ts';
import type { AppDeps, AppEnv } from '../types.ts';

const tags = ['check-ins'];
const MULTIPART = /^multipart\/form-data\b/i;
const JSON_TYPE = /^application\/([a-z-.]+\+)?json\b/i;

/** The multipart form, described for the API documentation (it is read by hand below). */
const multipartForm = {
  type: 'object',
  required: ['data'],
  properties: {
    data: { type: 'string', description: 'The check-in fields as JSON (same as the JSON body).' },
    files: {
      type: 'array',
      maxItems: CHECK_IN_LIMITS.files,
      items: { type: 'string', format: 'binary' },
      description: `Evidence files: PDF, Word, Excel, PNG, JPEG, WebP, GIF; at most ${CHECK_IN_LIMITS.fileBytes / 1024 / 1024} MB each, ${CHECK_IN_LIMITS.requestBytes / 1024 / 1024} MB per request.`,
    },
  },
} as const;

/** Check-ins on a task, and evidence file downloads. */
export function checkInRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(
    createRoute({
      method: 'get',
      path: '/tasks/{taskId}/check-ins',
      tags,
      summary: "A task's check-in history, newest first, corrected entries marked",
      request: { params: taskIdParam },
      responses: { 200: jsonResponse(checkInHistorySchema, 'History'), ...errorResponses },
    }),
    async (c) => c.json(await listCheckIns(serviceContext(c, deps), c.req.valid('param').taskId), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/tasks/{taskId}/check-ins',
      tags,
      summary:
        'Report progress (head or delegate): JSON, or multipart with a JSON "data" part and "files" parts. A correction names the entry it replaces in `corrects`.',
      request: {
        params: taskIdParam,
        body: {
          content: {
            'application/json': { schema: checkInData },
            'multipart/form-data': { schema: multipartForm as never },
          },
        },
      },
      responses: {
        201: jsonResponse(checkInSchema, 'Recorded'),
        413: { description: 'A file or the request is too large' },
        415: { description: 'A file type is refused or does not match its extension' },
        ...errorResponses,
      },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const type = c.req.header('content-type') ?? '';
      let data: CheckInData;
      let uploads: EvidenceUpload[] = [];
      if (MULTIPART.test(type)) {
        const form = await readForm(c);
        const parsed = checkInData.safeParse(form.data);
        if (!parsed.success)
          return c.json(
            validationErrorBody(parsed.error.issues, ctx.locale, 'json', form.data),
            400,
          ) as never;
        data = parsed.data;
        uploads = form.uploads;
      } else if (JSON_TYPE.test(type)) {
        data = c.req.valid('json') as CheckInData;
      } else throw new AppError('unsupported_media_type');
      const created = await recordCheckIn(ctx, deps.storage, c.req.valid('param').taskId, data, uploads);
      return c.json(created, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/evidence/{id}/file',
      tags,
      summary: 'Download an evidence file (for whoever may read its task)',
      request: { params: idParam },
      responses: {
        200: {
          description: 'The file, as an attachment',
          content: { 'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const file = await getEvidenceFile(serviceContext(c, deps), deps.storage, c.req.valid('param').id);
      return c.body(new Uint8Array(file.bytes), 200, {
        'content-type': file.mediaType,
        'content-disposition': contentDisposition(file.fileName),
        'content-length': String(file.bytes.byteLength),
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      }) as never;
    },
  );
  return app;
}

/**
 * Reads the multipart form: one `data` part (JSON text) and any number of `files`
 * parts; any other part, or a malformed one, is refused naming it. The size was
 * already capped by the body limit; each file is checked again by the service.
 */
async function readForm(c: Context<AppEnv>): Promise<{ data: unknown; uploads: EvidenceUpload[] }> {
  let form: FormData;
  try {
    form = await c.req.formData();
  } catch {
    throw formInvalid('(form)');
  }
  let text: string | null = null;
  const uploads: EvidenceUpload[] = [];
  for (const [name, value] of form.entries()) {
    if (name === 'data') {
      if (text !== null) throw formInvalid('data');
      text = typeof value === 'string' ? value : await value.text();
    } else if (name === 'files') {
      if (typeof value === 'string') throw formInvalid(`files.${uploads.length}`);
      // A browser sends an empty, nameless part for a file input left empty.
      if (value.name === '' && value.size === 0) continue;
      uploads.push({
        field: `files.${uploads.length}`,
        fileName: value.name,
        bytes: new Uint8Array(await value.arrayBuffer()),
      });
    } else throw formInvalid(name.slice(0, 50));
  }
  if (text === null) throw formInvalid('data');
  // PostgreSQL text cannot hold NUL: refused here as the JSON guard does for JSON bodies.
  if (text.includes('\u0000') || text.includes('\\u0000'))
    throw new AppError('validation_failed', {}, [{ field: 'data', code: 'nul_character' }]);
  try {
    return { data: JSON.parse(text), uploads };
  } catch {
    throw new AppError('malformed_json', {}, [{ field: 'data', code: 'malformed_json' }]);
  }
}

function formInvalid(field: string): AppError {
  return new AppError('check_in_form_invalid', { field }, [{ field, code: 'invalid' }]);
}
