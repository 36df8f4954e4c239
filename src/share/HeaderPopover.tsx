import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

const GAP_PX = 6;
const EDGE_PX = 8;
const MAX_WIDTH_PX = 384;

/**
 * Puts the panel under its button, its inline edge at the button's and inside the viewport. Called
 * on `beforetoggle`, so the panel never shows at the browser's default (centred) place first.
 */
function placeUnder(panel: HTMLElement, button: HTMLElement): void {
  const rect = button.getBoundingClientRect();
  const viewport = document.documentElement.clientWidth;
  const width = Math.min(MAX_WIDTH_PX, viewport - 2 * EDGE_PX);
  const rtl = getComputedStyle(button).direction === 'rtl';
  // From the button's start edge (its right in RTL), moved back inside the viewport when it would overflow.
  const fromStart = rtl ? viewport - rect.right : rect.left;
  const start = Math.max(EDGE_PX, Math.min(fromStart, viewport - EDGE_PX - width));
  panel.style.top = `${Math.round(rect.bottom + GAP_PX)}px`;
  panel.style.width = `${width}px`;
  panel.style.left = rtl ? 'auto' : `${Math.round(start)}px`;
  panel.style.right = rtl ? `${Math.round(start)}px` : 'auto';
}

/**
 * A header button that opens a small panel (a native popover: it closes on Esc or a click outside,
 * sits above everything, and comes after its button in the Tab order). The button says whether the
 * panel is open; the panel is a group named like the button. Esc closes the panel only. The panel's
 * content is mounted while it is open (so it starts afresh, and a lazy panel loads when first opened).
 */
export function HeaderPopover({
  label,
  wideText,
  icon,
  disabled = false,
  onOpen,
  children,
}: {
  /** The accessible name of the button and of the panel. */
  label: string;
  /** What the button shows on wide screens (phones show the icon). */
  wideText: string;
  icon: ReactNode;
  disabled?: boolean;
  onOpen?: () => void;
  children: ReactNode;
}) {
  const id = `popover-${useId().replace(/[^\w-]/g, '')}`;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const onOpenRef = useRef(onOpen);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    onOpenRef.current = onOpen;
  });
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const beforeToggle = (event: Event): void => {
      if ((event as ToggleEvent).newState === 'open' && buttonRef.current)
        placeUnder(panel, buttonRef.current);
    };
    const toggle = (event: Event): void => {
      const isOpen = (event as ToggleEvent).newState === 'open';
      setOpen(isOpen);
      if (isOpen) onOpenRef.current?.();
    };
    // A resized window would leave the panel away from its button: close it instead.
    const close = (): void => {
      if (panel.matches(':popover-open')) panel.hidePopover();
    };
    // Esc closes the open panel and nothing else: caught before the page's own Esc (which closes the
    // place or the legend, and whose preventDefault would keep the browser from closing the panel).
    const escape = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || !panel.matches(':popover-open')) return;
      event.stopPropagation();
      event.preventDefault();
      panel.hidePopover();
      buttonRef.current?.focus();
    };
    panel.addEventListener('beforetoggle', beforeToggle);
    panel.addEventListener('toggle', toggle);
    window.addEventListener('resize', close);
    document.addEventListener('keydown', escape, true);
    return () => {
      panel.removeEventListener('beforetoggle', beforeToggle);
      panel.removeEventListener('toggle', toggle);
      window.removeEventListener('resize', close);
      document.removeEventListener('keydown', escape, true);
    };
  }, []);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button share-button"
        popoverTarget={id}
        aria-expanded={open}
        aria-controls={id}
        aria-label={label}
        title={label}
        disabled={disabled}
      >
        <span className="wide-only">{wideText}</span>
        <span className="narrow-only share-button__icon">{icon}</span>
      </button>
      <div ref={panelRef} id={id} popover="auto" role="group" aria-label={label} className="share-popover">
        {open && children}
      </div>
    </>
  );
}
