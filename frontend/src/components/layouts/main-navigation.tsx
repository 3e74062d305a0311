import Nav from 'react-bootstrap/Nav';
import NavDropdown from 'react-bootstrap/NavDropdown';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

import { NAVIGATION, type NavEntry } from '@/config/navigation';
import { hasAnyRole } from '@/lib/authorization';

function visibleEntries(entries: readonly NavEntry[], roles: readonly string[]): NavEntry[] {
  return entries.flatMap<NavEntry>((entry) => {
    if (!('items' in entry)) return hasAnyRole(roles, entry.allowed) ? [entry] : [];
    const items = entry.items.filter((item) => hasAnyRole(roles, item.allowed));
    return items.length > 0 ? [{ ...entry, items }] : [];
  });
}

export function MainNavigation({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Nav className="me-auto">
      {visibleEntries(NAVIGATION, roles).map((entry) =>
        'items' in entry ? (
          <NavDropdown key={entry.labelKey} title={t(entry.labelKey)} id={entry.labelKey.replace('.', '-')}>
            {entry.items.map((item) => (
              <NavDropdown.Item key={item.to} as={NavLink} to={item.to} eventKey={item.to}>
                {t(item.labelKey)}
              </NavDropdown.Item>
            ))}
          </NavDropdown>
        ) : (
          <Nav.Link key={entry.to} as={NavLink} to={entry.to} eventKey={entry.to} end={entry.to === '/'}>
            {t(entry.labelKey)}
          </Nav.Link>
        ),
      )}
    </Nav>
  );
}
