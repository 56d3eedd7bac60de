/**
 * A QR code drawn as SVG from the modules uqr computes (no network, no canvas): one path of unit
 * squares, crisp at any size and in print. Its accessible name says what it opens.
 */
import { encode } from 'uqr';

export function QrCode(props: { text: string; label: string; class?: string }) {
  const qr = encode(props.text, { ecc: 'M', border: 2 });
  let path = '';
  qr.data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg
      class={props.class ?? 'qr-code'}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={props.label}
      shape-rendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
