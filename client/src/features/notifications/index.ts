export { addNotification, invalidateNotifications } from './api/keys';
export { NotificationBell } from './components/notification-bell';
