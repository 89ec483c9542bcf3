import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavigationType, useLocation, useNavigationType } from '@/lib/router';
import { LogoIcon } from '@/components/ui/icons';
import { paths } from '@/config/paths';
import './app-shell.css';

const MAIN_ID = 'main-content';

interface AppShellProps {
  /** Beside the product name, e.g. the tenant being administered. */
  context?: ReactNode;
  /** Right end of the header: language, account. */
  actions: ReactNode;
  navigation: ReactNode;
  children: ReactNode;
}

export function AppShell({ context, actions, navigation, children }: AppShellProps) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const previousPath = useRef(pathname);

  // After the user navigates (link, Back, Forward), move focus to the new content so keyboard and
  // screen-reader users start there, not on the link they used. Redirects (`/` → start page) are
  // REPLACE navigations and leave focus alone, so the first Tab still reaches the skip link.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    if (navigationType !== NavigationType.Replace) mainRef.current?.focus();
  }, [pathname, navigationType]);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
  };

  return (
    <div className="shell">
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <Link to={paths.home.getHref()} className="brand">
          <span className="brand__mark" aria-hidden="true">
            <LogoIcon />
          </span>
          <span className="brand__name">{t('app.name')}</span>
        </Link>
        {context ? <div className="shell__context">{context}</div> : null}
        <div className="shell__actions">{actions}</div>
      </header>
      <div className="shell__body">
        <nav className="shell__nav" aria-label={t('nav.label')}>
          {navigation}
        </nav>
        <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="shell__main">
          {children}
        </main>
      </div>
    </div>
  );
}
