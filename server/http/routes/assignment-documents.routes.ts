import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { assignmentSchema } from '../../../contracts/assignments.ts';
import { idParam } from '../../../contracts/common.ts';
import { buildTaskTemplate } from '../../documents/excel/build-task-workbook.ts';
import { AppError } from '../../domain/app-error.ts';
import { getAssignment } from '../../services/assignments/get-assignment.ts';
import { renderDecision } from '../../services/assignments/render-decision.ts';
import { exportTasks, IMPORT_LIMITS, importTasks } from '../../services/assignments/task-workbooks.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses, jsonResponse } from '../openapi-helpers.ts';
import { presentAssignment } from '../presenters/assignments.ts';
import type { AppDeps, AppEnv } from '../types.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const binary = (type: string, description: string) => ({
  description,
  content: { [type]: { schema: z.string().meta({ format: 'binary' }) } },
});

/** Sends a generated file as a download. */
export function attachment(buffer: Buffer, fileName: string, type: string) {
  return new Response(new Uint8Array(buffer), {
    status: 200,
    headers: {
      'content-type': type,
      'content-disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
      'cache-control': 'no-store',
    },
  });
}

/** Documents generated from an assignment. */
export function assignmentDocumentRoutes(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/decision.docx',
      tags: ['assignments'],
      summary: 'The assignment decision with its task appendix (.docx), Party or state layout',
      request: {
        params: idParam,
        query: z.strictObject({ layout: z.enum(['party', 'state']).default('party') }),
      },
      responses: {
        200: {
          description: 'The decision',
          content: { [DOCX]: { schema: z.string().meta({ format: 'binary' }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { buffer, fileName } = await renderDecision(
        serviceContext(c, deps),
        c.req.valid('param').id,
        c.req.valid('query').layout,
      );
      return attachment(buffer, fileName, DOCX) as never;
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/{id}/tasks.xlsx',
      tags: ['assignments'],
      summary: "The assignment's tasks as a workbook that imports back unchanged",
      request: { params: idParam },
      responses: { 200: binary(XLSX, 'The workbook'), ...errorResponses },
    }),
    async (c) => {
      const { buffer, fileName } = await exportTasks(serviceContext(c, deps), c.req.valid('param').id);
      return attachment(buffer, fileName, XLSX) as never;
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/{id}/tasks/import',
      tags: ['assignments'],
      summary:
        'Import a workbook into a draft: all rows valid or nothing written (body: the .xlsx file, or multipart field "file")',
      request: {
        params: idParam,
        query: z.strictObject({
          version: z.coerce.number().int().min(1),
          mode: z.enum(['replace', 'append']).default('replace'),
        }),
      },
      responses: {
        200: jsonResponse(assignmentSchema, 'Imported'),
        413: { description: 'File too large' },
        415: { description: 'Not a file upload' },
        ...errorResponses,
      },
    }),
    async (c) => {
      const ctx = serviceContext(c, deps);
      const bytes = await uploadedBytes(c.req.raw);
      await importTasks(ctx, c.req.valid('param').id, bytes, c.req.valid('query'));
      return c.json(presentAssignment(await getAssignment(ctx, c.req.valid('param').id), ctx.locale), 200);
    },
  );
  return app;
}

/** The uploaded file: the raw body, or the "file" field of a multipart form. Size is capped by the body limit. */
async function uploadedBytes(request: Request): Promise<Uint8Array> {
  const type = request.headers.get('content-type') ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await request.formData();
    const file = form.get('file');
    if (!(file instanceof File))
      throw new AppError('unsupported_media_type', {}, [{ field: 'file', code: 'required' }]);
    return new Uint8Array(await file.arrayBuffer());
  }
  if (type.startsWith('application/json') || type.startsWith('text/'))
    throw new AppError('unsupported_media_type');
  return new Uint8Array(await request.arrayBuffer());
}

/** The empty task template. */
export function templateRoutes() {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/task-template.xlsx',
      tags: ['assignments'],
      summary: 'The empty task workbook template with Vietnamese headers and instructions',
      responses: { 200: binary(XLSX, 'The template'), ...errorResponses },
    }),
    async () => attachment(await buildTaskTemplate(), 'mau-danh-muc-nhiem-vu.xlsx', XLSX) as never,
  );
  return app;
}

export { IMPORT_LIMITS };
