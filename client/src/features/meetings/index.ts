export { followMeetingNotice } from './api/meetings';
export { MeetingsPanel } from './components/meetings-panel';
