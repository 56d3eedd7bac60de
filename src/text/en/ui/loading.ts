/** The loader of a screen whose code is fetched when it is first shown (lazy-entries.tsx). */

export const loading = {
  /** While the code is on its way: "Loading the debrief…". */
  loading: (screen: string) => `Loading ${screen}…`,
  failed: (screen: string) =>
    `${screen.charAt(0).toUpperCase()}${screen.slice(1)} could not be loaded. Reload the page and try again.`,
  /** Each screen as a sentence names it, and the button that leaves it (none: drawn in place). */
  screens: {
    lab: { name: 'the policy lab', leave: 'Back to title' },
    compare: { name: 'the comparison', leave: 'Close comparison' },
    debrief: { name: 'the debrief', leave: 'Close debrief' },
    classComparison: { name: 'the class comparison', leave: 'Close comparison' },
    guide: { name: 'the facilitator guide', leave: 'Close guide' },
    endingCharts: { name: 'the charts' },
  },
};
