/** Tend's mark: a sprout in a rounded square. */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
      className="logo-mark"
    >
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <path d="M16 25V15" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
      <path d="M16 16c0-4.4 3-7.5 7.5-7.5 0 4.4-3 7.5-7.5 7.5z" fill="#fff" />
      <path d="M16 19c0-3.6-2.5-6-6-6 0 3.6 2.5 6 6 6z" fill="#fff" fillOpacity=".7" />
    </svg>
  );
}

export function Logo() {
  return (
    <span className="logo">
      <LogoMark />
      <span className="logo-word">Tend</span>
    </span>
  );
}
