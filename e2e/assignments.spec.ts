import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

const PASSWORD = 'Demo@2022';

async function signIn(page: Page, username: string) {
  await page.goto('/');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Chào đồng chí');
}

async function openAssignments(page: Page) {
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Giao nhiệm vụ' })
    .click();
}

async function signOut(page: Page) {
  await page.context().clearCookies();
}

test('the assigner imports a workbook into a registration, issues it, and the head commits it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });

  // The assigner exports Nguyệt Đức's tasks as a workbook to reuse in Tề Lỗ's draft.
  await signIn(page, 'btc.yenlac');
  await openAssignments(page);
  const source = page.getByTestId('assignment-row-VP-YL-NGUYETDUC');
  await source.getByRole('link', { name: 'Xã Nguyệt Đức', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Xuất Excel/ }).click();
  const workbook = await (await download).path();

  // Tề Lỗ's registration is still a draft: import the workbook, fix the weights, issue.
  await openAssignments(page);
  await page
    .getByTestId('assignment-row-VP-YL-TELO')
    .getByRole('link', { name: 'Xã Tề Lỗ', exact: true })
    .click();
  await expect(page.getByTestId('assignment-state')).toHaveAttribute('data-state', 'draft');
  await page.getByRole('button', { name: /Nhập từ Excel/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'nhiem-vu.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: readFileSync(workbook!),
  });
  await dialog.getByRole('button', { name: /Nhập/ }).last().click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('weights-total')).toContainText('/ 70');
  await expect(page.getByTestId('weights-total')).toHaveAttribute('data-ok', 'true');
  await page.screenshot({ path: 'test-results/assignment-editor-desktop.png' });

  await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
  const issue = page.getByRole('dialog');
  await issue.getByLabel('Số văn bản').fill('27-QĐ/HU');
  await issue.getByLabel('Ngày ban hành').fill('25/03/2022');
  await issue.getByLabel('Ngày ban hành').press('Enter');
  await issue.getByLabel('Người ký', { exact: true }).fill('Nguyễn Văn Hùng');
  await issue.getByLabel('Chức vụ người ký').fill('Bí thư Huyện ủy');
  await issue.getByRole('button', { name: 'Ban hành quyết định' }).click();
  await expect(page.getByTestId('assignment-state')).toHaveAttribute('data-state', 'issued');

  // The head of Tề Lỗ signs the commitment.
  await signOut(page);
  await signIn(page, 'bithu.telo');
  await openAssignments(page);
  await page.getByTestId('own-assignments').getByRole('link', { name: 'Xem và ký cam kết' }).click();
  await page.getByRole('button', { name: 'Ký cam kết' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ký cam kết' }).click();
  await expect(page.getByTestId('assignment-state')).toHaveAttribute('data-state', 'committed');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/assignment-head-phone.png' });
});
