import { expect, test } from './fixtures';

test.use({ role: 'city' });

test('staff export the county-level training sessions to an Excel file', async ({ page }) => {
  await page.goto('/training/sessions?level=county');
  await expect(page.getByRole('row').nth(1)).toContainText('县级');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;

  expect(download.suggestedFilename()).toMatch(/^培训场次-\d{8}-\d{4}\.xlsx$/);
  const file = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of file) chunks.push(chunk as Buffer);
  // An .xlsx file is a zip archive: it starts with "PK".
  expect(Buffer.concat(chunks).subarray(0, 2).toString()).toBe('PK');
});
