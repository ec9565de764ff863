import { DOMAIN_NAMES, type Domain } from "@/lib/content/schema";

/** SAP-C02 domain chips, with the full domain name for screen readers and on hover (styles: app/globals.css). */
export function DomainBadges({ domains }: { domains: Domain[] }) {
  return (
    <ul className="domain-badges" aria-label="Exam domains">
      {domains.map((d) => (
        <li key={d}>
          <abbr title={DOMAIN_NAMES[d]} aria-label={`${d}: ${DOMAIN_NAMES[d]}`} className="domain-badge">
            {d}
          </abbr>
        </li>
      ))}
    </ul>
  );
}
