import { DOMAIN_NAMES, type Domain } from "@/lib/content/schema";

/** SAP-C02 domain chips, with the full domain name for screen readers and on hover. */
export function DomainBadges({ domains }: { domains: Domain[] }) {
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Exam domains">
      {domains.map((d) => (
        <li key={d}>
          <abbr
            title={DOMAIN_NAMES[d]}
            aria-label={`${d}: ${DOMAIN_NAMES[d]}`}
            className="rounded bg-sky-100 px-1.5 py-0.5 text-xs font-semibold text-sky-900 no-underline dark:bg-sky-900 dark:text-sky-100"
          >
            {d}
          </abbr>
        </li>
      ))}
    </ul>
  );
}
