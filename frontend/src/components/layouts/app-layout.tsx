import type { ReactNode } from 'react';
import Container from 'react-bootstrap/Container';
import Nav from 'react-bootstrap/Nav';
import Navbar from 'react-bootstrap/Navbar';
import NavDropdown from 'react-bootstrap/NavDropdown';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';

import { LanguageSwitch } from '@/components/language-switch';
import { MainNavigation } from '@/components/layouts/main-navigation';
import { paths } from '@/config/paths';
import { useCurrentUser, useLogout, type CurrentUser } from '@/lib/auth';
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

/** The frame of every signed-in page: a navbar that collapses into a menu button on small screens. */
export function AppLayout({ tools }: AppLayoutProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
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
        <Outlet />
      </Container>
    </>
  );
}
