export { addNotification, invalidateNotifications } from './api/keys';
export { NotificationBell } from './components/notification-bell';
export { RecentNotifications } from './components/recent-notifications';
