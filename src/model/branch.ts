/** Where a branched game came from: the game's name and the week it branched after. */
export interface BranchOf {
  name: string;
  week: number;
}
