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
      <NavDropdown.Item as="button" onClick={() => logout.mutate()} disabled={logout.isPending}>
        {t('nav.logout')}
      </NavDropdown.Item>
    </NavDropdown>
  );
}

/** The frame of every signed-in page: a navbar that collapses into a menu button on small screens. */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <>
      <Navbar expand="lg" bg="primary" data-bs-theme="dark" collapseOnSelect sticky="top" className="d-print-none">
        <Container fluid>
          <Navbar.Brand as={Link} to={paths.dashboard.getHref()}>
            {t('app.name')}
          </Navbar.Brand>
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
