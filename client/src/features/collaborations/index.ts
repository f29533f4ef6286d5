export { useCollaboration } from './api/get-collaboration';
export { applyCollaboration, collaborationKeys, invalidateCollaborations } from './api/keys';
export { CollaborationActions } from './components/collaboration-actions';
export { CollaborationList } from './components/collaboration-list';
export { CollaborationOverview } from './components/collaboration-overview';
export { CollaborationRatings } from './components/collaboration-ratings';
export { CollaborationTimeline } from './components/collaboration-timeline';
export { InvitationCollaborationLink } from './components/invitation-collaboration-link';
export { useActorName } from './hooks/use-actor-name';
