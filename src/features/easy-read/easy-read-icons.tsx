import type { ReactNode } from 'react';
import type { EasyReadIcon } from '../../content/model';

/**
 * Simple line pictures for Easy Read points, drawn on a 48×48 grid with thick strokes so they stay
 * clear when small or printed. They are decoration: the words beside them carry the meaning.
 */
const DRAWINGS: Record<EasyReadIcon, ReactNode> = {
  money: (
    <>
      <rect x="4" y="13" width="40" height="22" rx="3" />
      <circle cx="24" cy="24" r="6" />
      <path d="M10 19v10M38 19v10" />
    </>
  ),
  insurance: (
    <>
      <path d="M24 5l16 6v11c0 10-7 18-16 21C15 40 8 32 8 22V11z" />
      <path d="M16.5 24l5.5 5.5 10-11" />
    </>
  ),
  'id-check': (
    <>
      <rect x="4" y="10" width="40" height="28" rx="3" />
      <circle cx="16" cy="21" r="4.5" />
      <path d="M9 33c1-5 13-5 14 0M28 19h10M28 25h10M28 31h6" />
    </>
  ),
  home: (
    <>
      <path d="M5 23L24 7l19 16" />
      <path d="M10 19v23h28V19" />
      <path d="M20 42V30h8v12" />
    </>
  ),
  calendar: (
    <>
      <rect x="6" y="9" width="36" height="33" rx="3" />
      <path d="M6 18h36M16 5v8M32 5v8" />
      <path d="M14 26h4M22 26h4M30 26h4M14 34h4M22 34h4" />
    </>
  ),
  clock: (
    <>
      <circle cx="24" cy="24" r="18" />
      <path d="M24 13v11l8 5" />
    </>
  ),
  document: (
    <>
      <path d="M11 5h19l8 8v30H11z" />
      <path d="M30 5v8h8" />
      <path d="M17 21h15M17 28h15M17 35h9" />
    </>
  ),
  phone: (
    <>
      <rect x="14" y="4" width="20" height="40" rx="4" />
      <path d="M21 37h6M14 10h20M14 32h20" />
    </>
  ),
  help: (
    <>
      <circle cx="24" cy="24" r="18" />
      <path d="M18.5 19a5.5 5.5 0 1 1 8 5c-2 1.2-2.5 2.5-2.5 4.5" />
      <circle cx="24" cy="34.5" r="1.5" fill="currentColor" />
    </>
  ),
  warning: (
    <>
      <path d="M24 6l19 34H5z" />
      <path d="M24 18v11" />
      <circle cx="24" cy="34.5" r="1.5" fill="currentColor" />
    </>
  ),
  person: (
    <>
      <circle cx="24" cy="15" r="8" />
      <path d="M8 43c0-9 7-15 16-15s16 6 16 15" />
    </>
  ),
  tick: (
    <>
      <circle cx="24" cy="24" r="18" />
      <path d="M15 24.5l6 6 12-13" />
    </>
  ),
  pension: (
    <>
      <ellipse cx="24" cy="28" rx="16" ry="12" />
      <path d="M14 37v6h5v-3M29 40v3h5v-6" />
      <path d="M40 25h4v7h-4" />
      <path d="M15 18l-2-7 8 4" />
      <path d="M8 27c-3 0-4-3-2-5" />
      <path d="M20 21h8" />
      <circle cx="24" cy="8" r="4" />
      <circle cx="33" cy="25" r="1.5" fill="currentColor" />
    </>
  ),
  medical: (
    <>
      <rect x="5" y="5" width="38" height="38" rx="6" />
      <path d="M20 13h8v7h7v8h-7v7h-8v-7h-7v-8h7z" />
    </>
  ),
  training: (
    <>
      <path d="M4 18l20-9 20 9-20 9z" />
      <path d="M12 22v10c0 4 24 4 24 0V22" />
      <path d="M40 20v11" />
    </>
  ),
  lifting: (
    <>
      <rect x="8" y="25" width="32" height="18" rx="2" />
      <path d="M19 31h10" />
      <path d="M24 20V4M17 11l7-7 7 7" />
    </>
  ),
};

export function EasyReadIconView({ icon }: { icon: EasyReadIcon }) {
  return (
    <svg
      className="easy-read-icon"
      data-icon={icon}
      viewBox="0 0 48 48"
      width="48"
      height="48"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="3"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {DRAWINGS[icon]}
    </svg>
  );
}
