/**
 * In-page links to a panel's sections. They scroll without touching the hash, which holds the
 * route and the panel's state.
 */
export function SectionNav({
  label,
  items,
}: {
  label: string;
  items: { id: string; text: string }[];
}) {
  return (
    <nav className="section-nav" aria-label={label}>
      {items.map((it) => (
        <a
          key={it.id}
          href={`#${it.id}`}
          onClick={(e) => {
            e.preventDefault();
            document.getElementById(it.id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
          }}
        >
          {it.text}
        </a>
      ))}
    </nav>
  );
}
