import { expect, test, type APIRequestContext, type Locator, type Page, type WebSocketRoute } from '@playwright/test';

import { AGENT, postMovement, SUPERVISOR } from '../support/banking';
import { signIn } from '../support/session';

/*
 * Live notifications: a supervisor is told, without reloading, that an agent of the branch asks for a withdrawal above
 * the product's threshold (the demo's products: 500 000 FCFA for savings, 1 000 000 FCFA for current accounts), in
 * another browser; the bell, its panel and its link; a network cut, after which the connection comes back; at 360 px.
 */

// Two members of staff, three withdrawals and a network cut: longer than a single page's test.
test.describe.configure({ timeout: 180_000 });

const LARGE_WITHDRAWAL = '1 100 000';

/**
 * An active account of the Cotonou Centre branch, the agent's and the supervisor's (asked of the API: the accounts'
 * list does not show the branch). Its page's address.
 */
async function branchAccountUrl(request: APIRequestContext) {
  const login = await request.post('/api/v1/auth/login', { data: AGENT });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const accounts = await request.get('/api/v1/accounts?status=Active&pageSize=100', {
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  const { items } = (await accounts.json()) as {
    items: { id: string; branchName: string; productKind: string }[];
  };
  const account = items.find(
    (candidate) => candidate.branchName === 'Agence Cotonou Centre' && candidate.productKind !== 'Tontine',
  );
  expect(account, 'an active account of the Cotonou Centre branch in the demo data').toBeDefined();
  return `/accounts/${account!.id}`;
}

/**
 * The supervisor's connections to the hub, through Playwright's WebSocket routing: `context.setOffline()` leaves open
 * WebSockets alone (microsoft/playwright#4910), so a network cut also drops the open one, as a real cut would.
 */
async function watchHub(page: Page) {
  const connections: { page: WebSocketRoute; server: WebSocketRoute }[] = [];
  await page.routeWebSocket(/\/hubs\/notifications/, (socket) => {
    connections.push({ page: socket, server: socket.connectToServer() });
  });
  return {
    count: () => connections.length,
    async cut() {
      const open = connections.at(-1)!;
      await open.server.close();
      await open.page.close({ code: 1006, reason: 'network cut' });
    },
  };
}

/** What lies partly outside the screen's width in `root` (the page wider than the screen included). */
function outsideTheScreen(root: Locator) {
  return root.evaluate((element) => {
    const problems = Array.from(element.querySelectorAll<HTMLElement>('*'))
      .filter((child) => {
        const box = child.getBoundingClientRect();
        return box.width > 0 && (box.left < -0.5 || box.right > window.innerWidth + 0.5);
      })
      .map((child) => `${child.tagName.toLowerCase()} "${(child.textContent ?? '').trim().slice(0, 40)}"`);
    const pageWidth = document.documentElement.scrollWidth;
    return pageWidth > window.innerWidth ? [`the page is ${pageWidth} px wide`, ...problems] : problems;
  });
}

const bell = (page: Page) => page.getByRole('button', { name: /^Notifications/ });

/** The bell's accessible name says how many are unread (« Notifications » alone when none is). */
async function expectUnread(page: Page, count: number) {
  const name = count === 0 ? 'Notifications' : `Notifications, ${count} non lue${count > 1 ? 's' : ''}`;
  await expect(page.getByRole('button', { name, exact: true })).toBeVisible({ timeout: 20_000 });
}

async function openPanel(page: Page) {
  await bell(page).click();
  const panel = page.getByRole('dialog', { name: 'Notifications' });
  await expect(panel).toBeVisible();
  // Until its slide from the right has ended (`offcanvas-toggling`), part of it is still beyond the screen's edge.
  await expect(panel).not.toHaveClass(/offcanvas-toggling/);
  return panel;
}

test('a supervisor sees the badge rise live when an agent asks for a large withdrawal, follows it, and still gets them after a network cut', async ({
  page: supervisor,
  browser,
  request,
}) => {
  const accountUrl = await branchAccountUrl(request);
  const hub = await watchHub(supervisor);
  await signIn(supervisor, SUPERVISOR);
  await expect.poll(hub.count, { message: 'the SPA connects to the hub after sign-in' }).toBe(1);

  // At 1280 px the bell sits at the end of the menu's line.
  const tops = await supervisor.locator('#main-navbar .navbar-nav > *').evaluateAll((items) =>
    items.map((item) => item.getBoundingClientRect().top),
  );
  const bellTop = (await bell(supervisor).boundingBox())!.y;
  expect(Math.max(...tops, bellTop) - Math.min(...tops, bellTop)).toBeLessThan(8);

  // Start from nothing unread, whatever earlier journeys left.
  const panel = await openPanel(supervisor);
  const markAll = panel.getByRole('button', { name: 'Tout marquer comme lu' });
  if (await markAll.isEnabled()) await markAll.click();
  await expectUnread(supervisor, 0);
  await supervisor.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  // Set on the page itself: a reload would lose it.
  await supervisor.evaluate(() => document.body.setAttribute('data-not-reloaded', 'yes'));

  const agentContext = await browser.newContext();
  const agent = await agentContext.newPage();
  await signIn(agent, AGENT);
  await agent.goto(accountUrl);
  await postMovement(agent, 'Dépôt', '5 000 000', 'receipt');
  await postMovement(agent, 'Retrait', LARGE_WITHDRAWAL, 'pending');

  // Live: the badge and a toast, without reload.
  await expectUnread(supervisor, 1);
  await expect(supervisor.getByRole('alert').filter({ hasText: 'Retrait à approuver' })).toContainText(
    LARGE_WITHDRAWAL,
  );
  await expect(supervisor.locator('body')).toHaveAttribute('data-not-reloaded', 'yes');

  // The panel shows the line, unread; clicking it marks it read and opens the approvals.
  await openPanel(supervisor);
  const line = panel.getByRole('listitem').first();
  await expect(line).toContainText('Retrait à approuver');
  await expect(line).toContainText(`${LARGE_WITHDRAWAL} FCFA`);
  await expect(line).toContainText('Non lue');
  await line.getByRole('button').click();
  await expect(supervisor).toHaveURL(/\/approvals$/);
  await expect(panel).toBeHidden();
  await expectUnread(supervisor, 0);
  await expect(supervisor.getByRole('region', { name: 'Retraits en attente de validation' })).toContainText(
    `${LARGE_WITHDRAWAL} FCFA`,
  );

  // A network cut: the open connection drops, and what is pushed meanwhile is lost on the way.
  await supervisor.context().setOffline(true);
  await hub.cut();
  await postMovement(agent, 'Retrait', LARGE_WITHDRAWAL, 'pending');
  await supervisor.waitForTimeout(3_000);
  await expectUnread(supervisor, 0);

  // Back online: the SPA connects again and reads the badge again, so the lost notification shows.
  await supervisor.context().setOffline(false);
  await expect.poll(hub.count, { message: 'the SPA reconnects to the hub', timeout: 40_000 }).toBe(2);
  await expectUnread(supervisor, 1);

  // A notification sent after the cut arrives live again.
  await postMovement(agent, 'Retrait', LARGE_WITHDRAWAL, 'pending');
  await expectUnread(supervisor, 2);
  await expect(supervisor.locator('body')).toHaveAttribute('data-not-reloaded', 'yes');

  // « Tout marquer comme lu » brings the badge to zero.
  await openPanel(supervisor);
  await expect(panel.getByText('Non lue')).toHaveCount(2);
  await panel.getByRole('button', { name: 'Tout marquer comme lu' }).click();
  await expectUnread(supervisor, 0);
  await expect(panel.getByText('Non lue')).toHaveCount(0);

  // The panel closes on a click outside it, and on its close button.
  await supervisor.mouse.click(100, 400);
  await expect(panel).toBeHidden();
  await openPanel(supervisor);
  await panel.getByRole('button', { name: 'Fermer' }).click();
  await expect(panel).toBeHidden();

  await agentContext.close();

  // On a phone: the bell stays in the bar beside the menu button, and the panel fits the screen.
  await supervisor.setViewportSize({ width: 360, height: 740 });
  await expect(bell(supervisor)).toBeVisible();
  await expect(supervisor.getByRole('button', { name: 'Ouvrir ou fermer le menu' })).toBeVisible();
  await openPanel(supervisor);
  await panel.getByLabel('Filtrer par type').selectOption({ label: 'Retrait à approuver' });
  // The journey's three, newest first, then any the demo data left.
  const lines = panel.getByRole('listitem');
  for (const index of [0, 1, 2]) await expect(lines.nth(index)).toContainText(`${LARGE_WITHDRAWAL} FCFA`);
  for (const text of await lines.allTextContents()) expect(text).toContain('Retrait à approuver');
  expect(await outsideTheScreen(panel)).toEqual([]);
  await supervisor.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});
