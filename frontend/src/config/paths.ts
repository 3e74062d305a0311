export const paths = {
  login: {
    path: '/login',
    getHref: (redirectTo?: string) =>
      redirectTo && redirectTo !== '/' ? `/login?redirectTo=${encodeURIComponent(redirectTo)}` : '/login',
  },
  dashboard: { path: '/', getHref: () => '/' },
  branches: { path: '/admin/branches', getHref: () => '/admin/branches' },
  users: { path: '/admin/users', getHref: () => '/admin/users' },
  institutions: { path: '/institutions', getHref: () => '/institutions' },
  audit: { path: '/audit', getHref: () => '/audit' },
  depositProducts: { path: '/admin/deposit-products', getHref: () => '/admin/deposit-products' },
  clients: { path: '/clients', getHref: () => '/clients' },
  client: { path: '/clients/:clientId', getHref: (id: string) => `/clients/${id}` },
  clientSheet: { path: '/clients/:clientId/sheet', getHref: (id: string) => `/clients/${id}/sheet` },
  accounts: { path: '/accounts', getHref: () => '/accounts' },
  account: { path: '/accounts/:accountId', getHref: (id: string) => `/accounts/${id}` },
  receipt: { path: '/receipts/:transactionId', getHref: (id: string) => `/receipts/${id}` },
  approvals: { path: '/approvals', getHref: () => '/approvals' },
  glAccounts: { path: '/accounting/gl-accounts', getHref: () => '/accounting/gl-accounts' },
  journal: { path: '/accounting/journal', getHref: () => '/accounting/journal' },
  trialBalance: { path: '/accounting/trial-balance', getHref: () => '/accounting/trial-balance' },
} as const;
