export { registerMeetingRoutes } from './meetings.routes';
export { meetingJobs } from './meetings.jobs';
export { registerMeetingSubscribers } from './subscribers';
