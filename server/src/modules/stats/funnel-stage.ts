/** What a need has reached on its way: matches shown, an invitation, an acceptance, an agreement, completion. */
export interface NeedProgress {
  matched: boolean;
  invited: boolean;
  accepted: boolean;
  agreed: boolean;
  completed: boolean;
}

/**
 * How far along the funnel a need got (0 = posted … 5 = completed). A funnel is cumulative: a need
 * invited through a draw or an expert's interest, without its matches ever being opened, has still
 * passed matching, so no stage counts more needs than the one before it.
 */
export function furthestStage(progress: NeedProgress): number {
  if (progress.completed) return 5;
  if (progress.agreed) return 4;
  if (progress.accepted) return 3;
  if (progress.invited) return 2;
  return progress.matched ? 1 : 0;
}
