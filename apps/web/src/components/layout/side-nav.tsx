import type { ReactNode } from 'react';
import { NavLink } from '@/lib/router';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  /** A status mark after the label (it must carry its own text for assistive technology). */
  badge?: ReactNode;
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
            {item.badge}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
