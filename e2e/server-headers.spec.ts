import { expect, test } from './fixtures';

// Headers only the Next server sets; a static host configures its own (see README).
test.describe('the server', () => {
  test('downloads are served as UTF-8 CSV attachments', async ({ request }) => {
    const response = await request.get('/data/trade.csv');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers()['content-disposition']).toBe('attachment; filename="russia-dprk-trade.csv"');
  });

});
