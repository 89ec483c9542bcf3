import type { ReactNode } from 'react';
import { NavLink } from 'react-router';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
}

/** NavLink marks the active entry with aria-current="page". */
export function SideNav({ items }: { items: readonly NavItem[] }) {
  return (
    <ul className="nav-list">
      {items.map((item) => (
        <li key={item.to}>
          <NavLink to={item.to} className="nav-link">
            <span className="nav-link__icon" aria-hidden="true">
              {item.icon}
            </span>
            <span>{item.label}</span>
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
