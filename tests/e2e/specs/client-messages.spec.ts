import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

import { AGENT, as } from '../support/banking';

/** A demo client the seeding reminded of an installment due in 3 days: found through the agent's feed, by the API. */
async function remindedClient(request: APIRequestContext) {
  const login = await request.post('/api/v1/auth/login', { data: AGENT });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { Authorization: `Bearer ${accessToken}` };
  const feed = (await (await request.get('/api/v1/notifications?kind=InstallmentDueSoon&pageSize=1', { headers })).json()) as {
    items: { link: string }[];
  };
  const loanId = feed.items[0].link.split('/').pop();
  const loan = (await (await request.get(`/api/v1/loans/${loanId}`, { headers })).json()) as { clientId: string };
  return loan.clientId;
}

function messagesSection(page: Page) {
  return page.getByRole('region', { name: 'Messages envoyés' });
}

async function setMessaging(page: Page, language: 'français' | 'anglais', optOut: boolean) {
  await messagesSection(page).getByRole('button', { name: 'Préférences SMS' }).click();
  const dialog = page.getByRole('dialog', { name: 'Messages au client' });
  await dialog.getByLabel('Langue des SMS').selectOption({ label: language });
  await dialog.getByLabel('Ne pas envoyer de rappels SMS').setChecked(optOut);
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(dialog).toBeHidden();
}

test("la page d'un client liste les SMS de rappel envoyés et règle sa langue et son refus des rappels, à 1280 et à 360 px", async ({
  page,
  request,
}) => {
  const clientId = await remindedClient(request);

  await as(page, AGENT, async () => {
    await page.goto(`/clients/${clientId}`);
    const section = messagesSection(page);
    const reminder = section.getByRole('row').filter({ hasText: 'Échéance proche' });
    await expect(reminder).toContainText(/votre échéance de [\d ]+ FCFA \(crédit PR-\d+\) est due le \d\d\/\d\d\/\d{4}\. Merci\. SFD Démo/);
    await expect(reminder).toContainText('SMS · +229');
    await expect(section.getByTestId('client-messaging')).toHaveText('SMS en français. Rappels SMS acceptés.');

    await setMessaging(page, 'anglais', true);
    await expect(section.getByTestId('client-messaging')).toHaveText(/^SMS en anglais\. Rappels SMS refusés depuis le \d{1,2} \S+ \d{4}\.$/);

    // On a phone the list's rows stack, and nothing makes the page scroll sideways.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(reminder).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scroll at 360 px').toBeLessThanOrEqual(360);
    await setMessaging(page, 'français', false);
    await expect(section.getByTestId('client-messaging')).toHaveText('SMS en français. Rappels SMS acceptés.');
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
