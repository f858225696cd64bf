import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam } from '../../../contracts/common.ts';
import { renderDecision } from '../../services/assignments/render-decision.ts';
import { serviceContext } from '../middleware/session.ts';
import { errorResponses } from '../openapi-helpers.ts';
import type { AppDeps, AppEnv } from '../types.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

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
  return app;
}
