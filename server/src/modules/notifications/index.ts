export { registerNotificationRoutes } from './notifications.routes';
export { notify, type NotificationInput } from './notifications.service';
