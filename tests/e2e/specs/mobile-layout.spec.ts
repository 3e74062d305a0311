import { expect, test, type Locator, type Page } from '@playwright/test';

import { detectAnomalies, plantNearDuplicate } from '../support/anomalies';
import { askForMobileMoneyDeposit, closeDialog } from '../support/payments';
import { signIn, signOut, SFD_ADMIN } from '../support/session';

/*
 * Every screen on a phone (360 × 740): each demo role signs in and visits every page it may open, detail pages
 * included (reached by following the first link of the demo data, as a user would), then opens the dialogs that matter
 * on the go. A page fails when it is wider than the screen, or when one of its visible controls (link, button, field)
 * lies partly outside the screen — in a table that scrolls sideways, say — and the failure names the page and the
 * control. At 1280 px, the menu of each role, with the notifications' bell, holds on one line.
 */

const PHONE_WIDTH = 360;

const ROLES = ['platform.admin', 'sfd.admin', 'supervisor', 'agent', 'accountant', 'auditor'] as const;
type Role = (typeof ROLES)[number];

// Who may open what, as the SPA's POLICIES say it (frontend/src/lib/authorization.tsx).
const STAFF: readonly Role[] = ['sfd.admin', 'supervisor', 'agent', 'accountant', 'auditor'];
const APPROVERS: readonly Role[] = ['sfd.admin', 'supervisor'];
const ACCOUNTING: readonly Role[] = ['sfd.admin', 'accountant', 'auditor'];
const MANAGEMENT: readonly Role[] = ['sfd.admin', 'supervisor', 'accountant', 'auditor'];
const ADMIN: readonly Role[] = ['sfd.admin'];
const AUDIT: readonly Role[] = ['sfd.admin', 'auditor'];
const FRONT_OFFICE: readonly Role[] = ['sfd.admin', 'supervisor', 'agent'];

/**
 * A page of the SPA, by its address or, for a record's page, by the first link matching `link` on the page named
 * `from` (visited before it, in the table's order).
 */
type Screen = { name: string; roles: readonly Role[] } & ({ path: string } | { from: string; link: string });

const SCREENS: readonly Screen[] = [
  { name: 'tableau de bord', path: '/', roles: ROLES },
  { name: 'institutions', path: '/institutions', roles: ['platform.admin'] },
  { name: 'clients', path: '/clients', roles: STAFF },
  { name: 'client', from: 'clients', link: 'a[href^="/clients/"]', roles: STAFF },
  { name: 'fiche client', from: 'client', link: 'a[href$="/sheet"]', roles: STAFF },
  { name: 'comptes', path: '/accounts', roles: STAFF },
  { name: 'transactions', path: '/transactions', roles: STAFF },
  // The explorer links the accounts that moved money (their page has a statement) and each movement's receipt.
  { name: 'compte (relevé)', from: 'transactions', link: 'a[href^="/accounts/"]', roles: STAFF },
  { name: 'reçu', from: 'transactions', link: 'a[href^="/receipts/"]', roles: STAFF },
  { name: "compte d'épargne", from: 'client', link: 'a[href^="/accounts/"]', roles: STAFF },
  { name: "reçu des frais d'ouverture", from: "compte d'épargne", link: 'a[href$="/opening-fee"]', roles: STAFF },
  { name: 'paiements', path: '/paiements', roles: STAFF },
  { name: 'paiement', from: 'paiements', link: 'a[href^="/paiements/"]', roles: STAFF },
  { name: 'à valider', path: '/approvals', roles: APPROVERS },
  { name: 'synchronisation des agents', path: '/sync/devices', roles: APPROVERS },
  { name: 'ma caisse', path: '/caisse', roles: FRONT_OFFICE },
  { name: 'crédits', path: '/loans', roles: STAFF },
  { name: 'crédit', from: 'crédits', link: 'a[href^="/loans/"]', roles: STAFF },
  { name: 'simulation', path: '/loans/simulation', roles: STAFF },
  { name: 'portefeuille à risque', path: '/loans/portfolio-at-risk', roles: MANAGEMENT },
  { name: 'plan comptable', path: '/accounting/gl-accounts', roles: ACCOUNTING },
  { name: 'rapprochement bancaire', path: '/accounting/bank-reconciliation', roles: ACCOUNTING },
  { name: 'journal', path: '/accounting/journal', roles: ACCOUNTING },
  { name: 'balance générale', path: '/accounting/trial-balance', roles: ACCOUNTING },
  { name: 'écritures manuelles', path: '/accounting/manual-entries', roles: ACCOUNTING },
  { name: 'nouvelle écriture', path: '/accounting/manual-entries/new', roles: ['sfd.admin', 'accountant'] },
  { name: 'périodes comptables', path: '/accounting/periods', roles: ACCOUNTING },
  { name: 'tontines', path: '/tontines', roles: STAFF },
  // The demo's participants are listed under the tontines; their page holds the booklet's grid.
  { name: 'participant de tontine', from: 'tontines', link: 'a[href^="/tontines/participants/"]', roles: STAFF },
  { name: 'adhésions aux tontines', path: '/tontines/adhesions', roles: STAFF },
  { name: 'ma tournée', path: '/tontines/tournee', roles: FRONT_OFFICE },
  { name: 'collecte hors ligne', path: '/offline', roles: FRONT_OFFICE },
  { name: 'rapports', path: '/rapports', roles: MANAGEMENT },
  { name: 'rapport', from: 'rapports', link: 'a[href*="?report="]', roles: MANAGEMENT },
  { name: 'agences', path: '/admin/branches', roles: ADMIN },
  { name: 'utilisateurs', path: '/admin/users', roles: ADMIN },
  { name: "produits d'épargne", path: '/admin/deposit-products', roles: ADMIN },
  { name: 'produits de crédit', path: '/admin/loan-products', roles: ADMIN },
  { name: 'clients API', path: '/admin/api-clients', roles: AUDIT },
  { name: 'tâches planifiées', path: '/admin/jobs', roles: ['platform.admin', 'sfd.admin'] },
  { name: 'catégories', path: '/categories', roles: STAFF },
  { name: 'préférences de notification', path: '/notifications/preferences', roles: STAFF },
  { name: 'sécurité du compte', path: '/account/security', roles: ROLES },
  { name: "piste d'audit", path: '/audit', roles: AUDIT },
  { name: 'anomalies', path: '/anomalies', roles: AUDIT },
  // A finding planted and detected before (beforeAll); the settings' link is not a finding.
  { name: 'anomalie', from: 'anomalies', link: 'a[href^="/anomalies/"]:not([href$="/settings"])', roles: AUDIT },
  { name: 'réglages des anomalies', path: '/anomalies/settings', roles: AUDIT },
];

/** A dialog that matters on a phone: how to open it from a page of the table, and its accessible name. */
type DialogCheck = { name: string; roles: readonly Role[]; open: (page: Page) => Promise<void>; dialog: RegExp };

/** Filters the list by status (its label), until the API has answered with the filtered page. */
async function filterByStatus(page: Page, label: string, status: string) {
  const filtered = page.waitForResponse((response) => response.url().includes(`status=${status}`) && response.ok());
  await page.getByLabel('Filtrer par statut').selectOption({ label });
  await filtered;
  await waitUntilLoaded(page);
}

/** Follows the first visible link matching `link` in the page's main content, to the page it leads to. */
async function openFirst(page: Page, link: string) {
  const from = page.url();
  await page.locator(`main ${link}`).locator('visible=true').first().click({ timeout: 15_000 });
  await expect(page).not.toHaveURL(from);
  await waitUntilLoaded(page);
}

const DIALOGS: readonly DialogCheck[] = [
  {
    name: 'nouveau client API',
    roles: ['sfd.admin'],
    open: async (page) => {
      await page.goto('/admin/api-clients');
      await page.getByRole('button', { name: 'Nouveau client API' }).click();
    },
    dialog: /^Nouveau client API$/,
  },
  {
    name: 'nouveau client',
    roles: ['agent'],
    open: async (page) => {
      await page.goto('/clients');
      await page.getByRole('button', { name: 'Nouveau client' }).click();
    },
    dialog: /^Nouveau client$/,
  },
  {
    name: 'dépôt',
    roles: ['agent'],
    open: async (page) => {
      await page.goto('/accounts');
      await filterByStatus(page, 'Actif', 'Active');
      await openFirst(page, 'table a[href^="/accounts/"]');
      await page.getByRole('button', { name: 'Dépôt', exact: true }).click();
    },
    dialog: /^Dépôt/,
  },
  {
    name: 'remboursement',
    roles: ['agent'],
    open: async (page) => {
      await page.goto('/loans');
      await filterByStatus(page, 'En cours', 'Active');
      // In the filtered list, not in the inboxes above it.
      await page.getByRole('region', { name: 'Tous les crédits' }).locator('a[href^="/loans/"]').first().click();
      await waitUntilLoaded(page);
      await page.getByRole('button', { name: 'Rembourser', exact: true }).click();
    },
    dialog: /^Rembourser|Remboursement/,
  },
  {
    name: "approbation d'un compte",
    roles: ['supervisor'],
    open: async (page) => {
      await page.goto('/approvals');
      await waitUntilLoaded(page);
      await page.getByRole('button', { name: 'Approuver', exact: true }).first().click();
    },
    dialog: /Approuver|Valider/,
  },
];

/** Until the page's data has come: no spinner left, and the page's title shown. */
async function waitUntilLoaded(page: Page) {
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('.spinner-border')).toHaveCount(0);
}

/**
 * What does not fit in 360 px inside `root`: the page wider than the screen, and every visible control (a link, a
 * button, a field) that lies partly outside it, named by its role and text.
 */
async function overflowsIn(root: Locator): Promise<string[]> {
  return root.evaluate((element, width) => {
    const problems: string[] = [];
    const pageWidth = document.documentElement.scrollWidth;
    if (pageWidth > width) problems.push(`the page is ${pageWidth} px wide`);
    for (const control of Array.from(element.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea'))) {
      const box = control.getBoundingClientRect();
      // Visually hidden controls are 1 px squares; hidden ones have no box.
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(control).visibility === 'hidden') continue;
      if (box.left >= -0.5 && box.right <= width + 0.5) continue;
      const text = (control.textContent || control.getAttribute('aria-label') || control.getAttribute('name') || '')
        .trim()
        .replace(/\s+/g, ' ')
        .slice(0, 40);
      problems.push(`${control.tagName.toLowerCase()} "${text}" spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
    }
    return problems;
  }, PHONE_WIDTH);
}

async function expectFitsPhone(root: Locator, where: string) {
  expect.soft(await overflowsIn(root), `${where}: what does not fit in ${PHONE_WIDTH} px`).toEqual([]);
}

test.describe('at 360 px', () => {
  test.use({ viewport: { width: PHONE_WIDTH, height: 740 }, isMobile: true, hasTouch: true });

  // The demo data has no mobile-money payment: the agent asks for one, so that every role has a payment's page to open.
  // And a finding of anomaly detection, whatever the demo's own cases, for the auditors' finding page.
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(60_000);
    const page = await browser.newPage();
    await plantNearDuplicate(page.request, 7_777);
    await detectAnomalies(page.request);
    await signIn(page, { username: 'agent', password: SFD_ADMIN.password });
    await page.goto('/accounts');
    await filterByStatus(page, 'Actif', 'Active');
    await openFirst(page, 'table a[href^="/accounts/"]');
    await closeDialog(await askForMobileMoneyDeposit(page, '1 000'));
    await page.context().close();
  });

  test('the menu is collapsed, nothing overflows, and logout works', async ({ page }) => {
    const displayName = await signIn(page);

    const menuButton = page.getByRole('button', { name: 'Ouvrir ou fermer le menu' });
    await expect(menuButton).toBeVisible();
    await expect(page.getByRole('link', { name: 'Tableau de bord' })).toBeHidden();

    await menuButton.click();
    await expect(page.getByRole('link', { name: 'Tableau de bord' })).toBeVisible();
    await expectFitsPhone(page.locator('nav.navbar'), 'the open menu');

    await signOut(page, displayName);
  });

  for (const role of ROLES) {
    test(`every page and dialog of ${role} fits the screen`, async ({ page }) => {
      test.setTimeout(240_000);
      await signIn(page, { username: role, password: SFD_ADMIN.password });

      const visited = new Map<string, string>();
      for (const screen of SCREENS.filter((candidate) => candidate.roles.includes(role))) {
        await test.step(screen.name, async () => {
          if ('path' in screen) {
            await page.goto(screen.path);
          } else {
            const from = visited.get(screen.from);
            expect(from, `${screen.name} is reached from ${screen.from}, visited before`).toBeDefined();
            await page.goto(from!);
            await waitUntilLoaded(page);
            await openFirst(page, screen.link);
          }
          await waitUntilLoaded(page);
          visited.set(screen.name, page.url());
          await expectFitsPhone(page.locator('main'), `${role} on ${screen.name} (${page.url()})`);
        });
      }

      for (const check of DIALOGS.filter((candidate) => candidate.roles.includes(role))) {
        await test.step(`dialog: ${check.name}`, async () => {
          await check.open(page);
          const dialog = page.getByRole('dialog', { name: check.dialog });
          await expect(dialog).toBeVisible();
          await expectFitsPhone(dialog, `${role}, dialog ${check.name} (${page.url()})`);
          await page.keyboard.press('Escape');
          await expect(dialog).toBeHidden();
        });
      }
    });
  }
});

test.describe('at 1280 px', () => {
  for (const role of ROLES) {
    test(`the menu of ${role} holds on one line`, async ({ page }) => {
      await signIn(page, { username: role, password: SFD_ADMIN.password });
      // The menu's entries, and the bell that follows them (outside the collapsing part, see AppLayout's `tools`).
      const entries = page.locator('#main-navbar .navbar-nav > *, .navbar > .container-fluid > .navbar-nav > *');
      const tops = await entries.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().top));
      expect(tops.length).toBeGreaterThan(0);
      expect(Math.max(...tops) - Math.min(...tops), `the tops of the menu's entries: ${tops.join(', ')}`).toBeLessThan(8);
    });
  }
});
