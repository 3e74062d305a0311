import type { ReactNode } from 'react';
import Alert from 'react-bootstrap/Alert';
import Container from 'react-bootstrap/Container';
import Nav from 'react-bootstrap/Nav';
import Navbar from 'react-bootstrap/Navbar';
import NavDropdown from 'react-bootstrap/NavDropdown';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';

import { LanguageSwitch } from '@/components/language-switch';
import { MainNavigation } from '@/components/layouts/main-navigation';
import { paths } from '@/config/paths';
import { useCurrentUser, useIsOffline, useLogout, type CurrentUser } from '@/lib/auth';
import { useRoleLabels } from '@/lib/authorization';

/**
 * The user's name; opened, their roles, the language switch and the logout. Only the name shows in the bar, so that the
 * menu of a role with many areas holds on one line on a laptop.
 */
function UserMenu({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const roles = useRoleLabels()(user.roles);
  return (
    <NavDropdown id="user-menu" align="end" title={user.displayName}>
      <NavDropdown.Header>{roles}</NavDropdown.Header>
      <div className="px-3 py-1">
        <LanguageSwitch />
      </div>
      <NavDropdown.Divider />
      <NavDropdown.Item as={Link} to={paths.accountSecurity.getHref()}>
        {t('nav.security')}
      </NavDropdown.Item>
      <NavDropdown.Item as="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
        {t('nav.logout')}
      </NavDropdown.Item>
    </NavDropdown>
  );
}

type AppLayoutProps = {
  /**
   * What stays in the bar beside the menu button on a phone rather than inside the collapsed menu, and at the bar's end
   * on a wider screen (the notifications' bell); composed in src/app, as features are.
   */
  tools?: ReactNode;
};

/** In an offline session, said at once in place of a page that would wait for the API. */
function NeedsNetwork() {
  const { t } = useTranslation();
  return (
    <Alert variant="warning">
      <p>{t('offlineSession.pageNeedsNetwork')}</p>
      <Link to={paths.offline.getHref()} className="btn btn-primary">
        {t('offlineSession.goOfflineHome')}
      </Link>
    </Alert>
  );
}

/**
 * The frame of every signed-in page: a navbar that collapses into a menu button on small screens. In an offline session
 * only the pages under `/offline` show (they work from the phone's data), and no tool that needs the API.
 */
export function AppLayout({ tools: onlineTools }: AppLayoutProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const offline = useIsOffline();
  const { pathname } = useLocation();
  const tools = offline ? null : onlineTools;
  const usable = !offline || pathname === paths.offline.getHref() || pathname.startsWith(`${paths.offline.getHref()}/`);
  return (
    <>
      <Navbar expand="lg" bg="primary" data-bs-theme="dark" collapseOnSelect sticky="top" className="d-print-none">
        <Container fluid>
          <Navbar.Brand as={Link} to={paths.dashboard.getHref()}>
            {t('app.name')}
          </Navbar.Brand>
          {tools && <Nav className="flex-row ms-auto me-2 me-lg-0 ms-lg-2 order-lg-last">{tools}</Nav>}
          <Navbar.Toggle aria-controls="main-navbar" label={t('nav.toggle')} />
          <Navbar.Collapse id="main-navbar">
            <MainNavigation roles={user.roles} />
            <Nav>
              <UserMenu user={user} />
            </Nav>
          </Navbar.Collapse>
        </Container>
      </Navbar>
      <Container as="main" fluid="lg" className="py-3">
        {usable ? <Outlet /> : <NeedsNetwork />}
      </Container>
    </>
  );
}
