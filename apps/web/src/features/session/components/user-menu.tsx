import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '@cxc/shared/api/session';
import { ChevronDownIcon } from '@/components/ui/icons';
import { usePopover } from '@/components/ui/use-popover';
import { paths } from '@/config/paths';
import { rovingTarget } from '@/lib/roving-focus';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters
    .map((part) => Array.from(part ?? '')[0] ?? '')
    .join('')
    .toUpperCase();
}

/**
 * Menu button (WAI-ARIA APG): opening moves focus to the first item, arrows move between items,
 * Escape closes and returns focus to the button, Tab leaves and closes. Who is signed in is shown
 * above the menu and names it; only actions are menu items.
 */
export function UserMenu({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const menuId = useId();
  const nameId = useId();
  const detailsId = useId();
  const { open, setOpen, close, triggerRef, containerRef, onBlur } = usePopover();
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const focusOnOpen = useRef(0);
  const { user } = me;

  useEffect(() => {
    if (open) itemRefs.current[focusOnOpen.current]?.focus();
  }, [open]);

  const openAt = (index: number) => {
    focusOnOpen.current = index;
    setOpen(true);
  };

  const onTriggerKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    openAt(event.key === 'ArrowDown' ? 0 : itemRefs.current.length - 1);
  };

  const onItemKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const items = itemRefs.current.filter((item) => item !== null);
    const target = rovingTarget(event.key, items.indexOf(event.currentTarget), items.length, 'vertical');
    if (target === undefined) return;
    event.preventDefault();
    items[target]?.focus();
  };

  return (
    <div className="popover-anchor" ref={containerRef} onBlur={onBlur}>
      <button
        ref={triggerRef}
        type="button"
        className="header-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onTriggerKeyDown}
      >
        <span className="avatar" aria-hidden="true">
          {initials(user.name)}
        </span>
        <span className="sr-only">{t('userMenu.button')}: </span>
        <span className="header-button__text header-button__text--name">{user.name}</span>
        <ChevronDownIcon className="header-button__chevron" />
      </button>
      {open ? (
        <div className="popover popover--account">
          <dl id={detailsId} className="account-details">
            <dt>{t('userMenu.name')}</dt>
            <dd id={nameId}>{user.name}</dd>
            <dt>{t('userMenu.email')}</dt>
            <dd>{user.email}</dd>
            <dt>{t('userMenu.role')}</dt>
            <dd>{t(`roles.${user.role}`)}</dd>
            <dt>{t('userMenu.tenant')}</dt>
            <dd>{user.tenant ? user.tenant.name : t('userMenu.noTenant')}</dd>
          </dl>
          <div id={menuId} role="menu" aria-labelledby={nameId} aria-describedby={detailsId}>
            {/* Sign-out is a real form POST: the BFF ends the session and redirects; CSRF rides along. */}
            <form method="post" action={paths.auth.logout.getHref()}>
              <input type="hidden" name="_csrf" value={me.csrfToken} />
              <button
                ref={(node) => {
                  itemRefs.current[0] = node;
                }}
                type="submit"
                role="menuitem"
                tabIndex={-1}
                className="button button--secondary button--block"
                onKeyDown={onItemKeyDown}
              >
                {t('userMenu.signOut')}
              </button>
            </form>
          </div>
        </div>
      ) : null}
    </div>
  );
}
