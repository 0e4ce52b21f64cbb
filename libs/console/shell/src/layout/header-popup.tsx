'use client';

import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/**
 * The header's pop-ups (workspace switcher, user menu, notifications) without antd's Trigger/Select/
 * Dropdown/Popover: a button and a panel under it, closed by Escape (focus goes back to the button), by a
 * click outside, or by choosing an item. Rendered on the server like the rest of the header, so the
 * controls are there at first paint and the signed-in pages' first-load JS stays under the 300 kB bar.
 */
export function useHeaderPopup(onOpen?: () => void) {
  const [open, setOpenState] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const setOpen = useCallback(
    (next: boolean) => {
      setOpenState(next);
      if (next) onOpen?.();
    },
    [onOpen],
  );
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpenState(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  const close = useCallback((refocus: boolean) => {
    setOpenState(false);
    if (refocus) button.current?.focus();
  }, []);
  return { open, setOpen, close, root, button, id };
}

export interface HeaderMenuItem {
  key: string;
  label: ReactNode;
  icon?: ReactNode;
  /** A choice among several (the workspaces): rendered as a checked/unchecked `menuitemradio`. */
  checked?: boolean;
  disabled?: boolean;
  testId?: string;
  onSelect?: () => void;
}

export type HeaderMenuEntry = HeaderMenuItem | 'divider';

const items = (menu: HTMLElement | null) => Array.from(menu?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]:not(:disabled)') ?? []);

/** WAI-ARIA menu button: Enter/Space/ArrowDown open the menu on its first item, ArrowUp on its last; arrows, Home, End move. */
export function HeaderMenu({
  label,
  entries,
  children,
  buttonClassName,
  buttonTestId,
  buttonLabel,
  busy,
  align = 'start',
}: {
  /** The menu's accessible name. */
  label: string;
  entries: HeaderMenuEntry[];
  /** The button's content. */
  children: ReactNode;
  buttonClassName: string;
  buttonTestId: string;
  /** The button's accessible name when its content is not enough (e.g. the user menu). */
  buttonLabel?: string;
  busy?: boolean;
  align?: 'start' | 'end';
}) {
  const popup = useHeaderPopup();
  const menu = useRef<HTMLUListElement>(null);
  const [focusOnOpen, setFocusOnOpen] = useState<'first' | 'last' | null>(null);

  useEffect(() => {
    if (!popup.open || !focusOnOpen) return;
    const list = items(menu.current);
    const checked = list.find((item) => item.getAttribute('aria-checked') === 'true');
    (focusOnOpen === 'first' ? (checked ?? list[0]) : list[list.length - 1])?.focus();
    setFocusOnOpen(null);
  }, [popup.open, focusOnOpen]);

  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      popup.setOpen(true);
      setFocusOnOpen(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };
  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const list = items(menu.current);
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const move = (index: number) => {
      event.preventDefault();
      list[(index + list.length) % list.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at < 0 ? list.length - 1 : at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      popup.close(true);
    } else if (event.key === 'Tab') popup.close(false);
  };

  return (
    <div className="cx-popup-root" ref={popup.root}>
      <button
        ref={popup.button}
        type="button"
        className={buttonClassName}
        data-testid={buttonTestId}
        aria-label={buttonLabel}
        aria-haspopup="menu"
        aria-expanded={popup.open}
        aria-controls={popup.open ? popup.id : undefined}
        aria-busy={busy || undefined}
        onClick={() => {
          popup.setOpen(!popup.open);
          if (!popup.open) setFocusOnOpen('first');
        }}
        onKeyDown={onButtonKey}
      >
        {children}
      </button>
      {popup.open ? (
        <ul ref={menu} id={popup.id} role="menu" aria-label={label} className={`cx-popup cx-menu cx-popup-${align}`} onKeyDown={onMenuKey}>
          {entries.map((entry, index) =>
            entry === 'divider' ? (
              <li key={`divider-${index}`} role="separator" className="cx-menu-divider" />
            ) : (
              <li key={entry.key} role="none">
                <button
                  type="button"
                  role={entry.checked === undefined ? 'menuitem' : 'menuitemradio'}
                  aria-checked={entry.checked}
                  tabIndex={-1}
                  disabled={entry.disabled}
                  data-testid={entry.testId}
                  className={entry.checked ? 'cx-menu-item cx-menu-item-checked' : 'cx-menu-item'}
                  onClick={() => {
                    popup.close(false);
                    entry.onSelect?.();
                  }}
                >
                  {entry.icon ? <span className="cx-menu-icon">{entry.icon}</span> : null}
                  <span className="cx-menu-label">{entry.label}</span>
                </button>
              </li>
            ),
          )}
        </ul>
      ) : null}
    </div>
  );
}
