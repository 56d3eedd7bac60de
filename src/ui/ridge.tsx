/** The title screen's mountain silhouette with the dashed line of the border. */
export function Ridge() {
  return (
    <svg class="ridge" viewBox="0 0 1200 160" preserveAspectRatio="none" aria-hidden="true">
      <path
        class="ridge__far"
        d="M0 160 L0 110 L90 78 L170 96 L260 52 L340 84 L430 40 L520 88 L610 62 L700 96 L790 48 L880 80 L960 58 L1050 92 L1130 70 L1200 86 L1200 160 Z"
      />
      <path
        class="ridge__near"
        d="M0 160 L0 128 L120 104 L210 122 L320 90 L420 118 L540 98 L650 126 L760 100 L880 124 L990 104 L1100 122 L1200 108 L1200 160 Z"
      />
      <path class="ridge__border" d="M0 146 C 240 128, 420 156, 620 138 S 980 124, 1200 144" />
    </svg>
  );
}
