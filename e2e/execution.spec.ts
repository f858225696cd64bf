import { expect, type Page, request as playwrightRequest, test } from '@playwright/test';
import { samplePdf } from '../server/storage/sample-files.ts';

const PASSWORD = 'Demo@2022';

/** Today in Vietnam (UTC+7), as the server's rules see it. */
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const year = today.slice(0, 4);
const display = (iso: string) => iso.split('-').reverse().join('/');

/** An API session for `username` (cookie kept by the context, CSRF token returned). */
async function api(baseURL: string, username: string) {
  const ctx = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  const res = await ctx.post('/api/auth/login', { data: { username, password: PASSWORD } });
  expect(res.status()).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const send = async (method: 'post' | 'put', path: string, data: unknown) => {
    const r = await ctx[method](path, { data, headers: { 'x-csrf-token': csrfToken } });
    if (!r.ok()) throw new Error(`${method} ${path}: ${r.status()} ${await r.text()}`);
    return r.json();
  };
  return { ctx, send, get: async (path: string) => (await ctx.get(path)).json() };
}

async function unitId(session: { get: (p: string) => Promise<unknown> }, code: string) {
  const { items } = (await session.get(`/api/units?q=${encodeURIComponent(code)}`)) as {
    items: { id: string; code: string }[];
  };
  return items.find((u) => u.code === code)!.id;
}

/**
 * This year's assignment to the secretary of Đồng Văn: one deliverable due today,
 * issued by BTV Huyện ủy Yên Lạc and committed by the head — set up through the API.
 */
async function committedDeliverableDueToday(baseURL: string) {
  const assigner = await api(baseURL, 'btc.yenlac');
  const yenLac = await unitId(assigner, 'VP-YL');
  const dongVan = await unitId(assigner, 'VP-YL-DONGVAN');
  const cycle = await assigner.send('post', '/api/cycles', {
    ownerUnitId: yenLac,
    name: `Năm ${year}`,
    kind: 'year',
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    preset: 'product-only',
  });
  const draft = await assigner.send('post', '/api/assignments', {
    cycleId: cycle.id,
    assigningUnitId: yenLac,
    assigneeUnitId: dongVan,
  });
  const saved = await assigner.send('put', `/api/assignments/${draft.id}/tasks`, {
    version: draft.version,
    tasks: [
      {
        kind: 'deliverable',
        title: 'Hoàn thành bàn giao mặt bằng cụm công nghiệp Đồng Văn',
        weight: 100,
        deadline: today,
        tags: ['hard'],
        leadUnitId: dongVan,
        coordinatingUnitIds: [],
        metric: null,
        unitOfMeasure: null,
        baseline: null,
        targetValue: null,
        direction: null,
        rollup: null,
        expectedProduct: 'Biên bản bàn giao mặt bằng',
        acceptanceCriteria: 'Biên bản có chữ ký của các bên',
        supportCommitments: [],
        parentTaskId: null,
      },
    ],
  });
  const issued = await assigner.send('post', `/api/assignments/${draft.id}/issue`, {
    version: saved.version,
    documentNumber: `88-QĐ/HU`,
    documentDate: today,
    signerName: 'Nguyễn Văn Hùng',
    signerTitle: 'Bí thư Huyện ủy',
  });
  const head = await api(baseURL, 'bithu.dongvan');
  await head.send('post', `/api/assignments/${draft.id}/commit`, { version: issued.version });
  await assigner.ctx.dispose();
  await head.ctx.dispose();
  return { assignmentId: draft.id as string };
}

async function signIn(page: Page, username: string) {
  await page.context().clearCookies();
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Chào đồng chí');
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name }).click();

test('a head reports a product with a PDF, a department answers a request, the appraiser accepts it and the assigner sees it done on time', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  const { assignmentId } = await committedDeliverableDueToday(baseURL!);

  // The head submits the product with the signed minutes as a PDF.
  await signIn(page, 'bithu.dongvan');
  await nav(page, 'Nhiệm vụ của tôi');
  await page.getByRole('button', { name: 'Báo cáo tiến độ nhiệm vụ 1' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tỷ lệ hoàn thành').fill('100');
  await dialog.getByLabel('Nộp sản phẩm (đề nghị kiểm tra, thẩm định, nghiệm thu)').check();
  await dialog
    .getByLabel('Kết quả thực hiện')
    .fill('Đã bàn giao toàn bộ mặt bằng, có biên bản ký ngày hôm nay.');
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'Biên bản bàn giao.pdf',
    mimeType: 'application/pdf',
    buffer: samplePdf('Bien ban ban giao'),
  });
  await dialog.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await expect(dialog).toBeHidden();

  // …and raises an obstacle with the Department of Natural Resources and Environment.
  await page.getByRole('button', { name: 'Nêu vướng mắc, kiến nghị về nhiệm vụ 1' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nội dung chính').fill('Chưa có bản đồ địa chính cập nhật');
  await dialog
    .getByLabel('Nội dung chi tiết')
    .fill('Đề nghị Sở cung cấp bản đồ địa chính để hoàn thiện hồ sơ bàn giao.');
  await dialog.getByText('Cơ quan chuyên môn, ngành chức năng').click();
  await dialog.getByRole('combobox', { name: 'Cơ quan chuyên môn' }).fill('Tài nguyên');
  await page.locator('.ant-select-item-option', { hasText: 'Sở Tài nguyên và Môi trường' }).click();
  await dialog.getByRole('button', { name: 'Gửi kiến nghị' }).click();
  await expect(dialog).toBeHidden();
  await page.screenshot({ path: 'test-results/execution-head-board.png', fullPage: true });

  // The department answers from its inbox.
  await signIn(page, 'hotro.tnmt');
  await nav(page, 'Hộp thư kiến nghị');
  await page.getByRole('button', { name: 'Trả lời kiến nghị: Chưa có bản đồ địa chính cập nhật' }).click();
  dialog = page.getByRole('dialog');
  await dialog
    .getByLabel('Nội dung trả lời')
    .fill('Sở đã gửi bản đồ địa chính qua hệ thống văn bản điện tử.');
  await dialog.getByText('Đã giải quyết', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Gửi trả lời' }).click();
  await expect(dialog).toBeHidden();

  // The appraiser accepts the product.
  await signIn(page, 'thamdinh.yenlac');
  await page.goto(`/appraisals/assignments/${assignmentId}`);
  await page.getByText('Kiểm tra đột xuất', { exact: true }).click();
  await page.getByText('Chưa kết luận', { exact: true }).first().click();
  await page.locator('.ant-select-item-option', { hasText: 'Nghiệm thu sản phẩm' }).click();
  await page.getByRole('button', { name: 'Lưu biên bản' }).click();
  await expect(page.getByText(`Đã lưu biên bản kiểm tra, thẩm định ngày ${display(today)}.`)).toBeVisible();

  // The assigner sees the task done on time.
  await signIn(page, 'btc.yenlac');
  await page.goto(`/assignments/${assignmentId}`);
  await expect(page.getByText('Hoàn thành đúng hạn').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/execution-assigner-progress.png', fullPage: true });
});
