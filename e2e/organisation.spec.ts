import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

const PASSWORD = 'Demo@2022';

async function signIn(page: Page, username: string) {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Chào đồng chí');
}

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

test('an assigner signs in, browses the tree down to a commune and opens its Party committee with its head', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, 'btc.yenlac');
  await page
    .getByRole('link', { name: /Tổ chức/ })
    .first()
    .click();
  // The district is the assigner's only top unit, so the tree opens with its communes listed.
  await page.getByRole('treeitem', { name: 'Xã Nguyệt Đức', exact: true }).click();
  await expect(page.getByTestId('unit-title')).toHaveText('Xã Nguyệt Đức');
  await page.getByRole('treeitem', { name: 'Đảng ủy xã Nguyệt Đức', exact: true }).click();
  await expect(page.getByTestId('unit-title')).toHaveText('Đảng ủy xã Nguyệt Đức');
  await expect(page.getByTestId('unit-head')).toContainText('Nguyễn Văn An');
  await page.screenshot({ path: 'test-results/organisation-unit-desktop.png', fullPage: false });
  expect(await seriousViolations(page)).toEqual([]);
});

test('a commune head sees only their own commune and is refused another commune by address', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'bithu.telo');
  const me = await page.request.get('/api/units');
  const tops = (await me.json()).items.map((u: { name: string }) => u.name);
  expect(tops).toEqual(['Xã Tề Lỗ']);
  const search = await page.request.get(`/api/units?q=${encodeURIComponent('Nguyệt Đức')}`);
  expect((await search.json()).items).toEqual([]);
  await page.screenshot({ path: 'test-results/overview-phone.png', fullPage: false });
});

test('a wrong password is refused with a Vietnamese message and no session', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill('lanhdao.tinh');
  await page.getByLabel('Mật khẩu', { exact: true }).fill('sai-mat-khau-1');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toContainText('Tên đăng nhập hoặc mật khẩu không đúng');
  expect((await page.request.get('/api/auth/me')).status()).toBe(401);
});
