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
} as const;
