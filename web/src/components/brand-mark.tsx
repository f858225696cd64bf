/** The product's mark: a deep-blue tile with the national red as a thin band. */
export function BrandMark({ size = 40 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#1f4e8c" />
      <rect y="26" width="32" height="6" fill="#da251d" />
      <path d="M7 22V9h3.2l5.8 8 5.8-8H25v13h-3.2v-8l-5.8 7.8L10.2 14v8z" fill="#fff" />
    </svg>
  );
}
