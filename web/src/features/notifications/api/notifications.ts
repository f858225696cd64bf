import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  notificationListSchema,
  readAllSchema,
  unreadCountSchema,
} from '../../../../../contracts/notifications.ts';
import { apiGet, apiPost } from '../../../lib/api-client.ts';

const KEY = 'notifications';
export type NotificationList = z.infer<typeof notificationListSchema>;

/** The number of unread notifications, refreshed every minute while the app is open. */
export function useUnreadCount(enabled = true) {
  return useQuery({
    queryKey: [KEY, 'unread-count'],
    queryFn: async ({ signal }) =>
      (await apiGet<z.infer<typeof unreadCountSchema>>('/notifications/unread-count', undefined, signal))
        .count,
    refetchInterval: 60_000,
    enabled,
  });
}

/** The latest notifications (only the unread ones when asked). */
export function useNotifications(unreadOnly: boolean, enabled = true) {
  return useQuery({
    queryKey: [KEY, 'list', unreadOnly],
    queryFn: ({ signal }) =>
      apiGet<NotificationList>(
        '/notifications',
        { unread: unreadOnly ? 'true' : undefined, limit: 50 },
        signal,
      ),
    enabled,
  });
}

function useNotificationMutation<I>(fn: (input: I) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [KEY] }),
  });
}

/** Marks one notification read. */
export function useMarkRead() {
  return useNotificationMutation((id: string) => apiPost(`/notifications/${id}/read`));
}

/** Marks every notification read. */
export function useMarkAllRead() {
  return useNotificationMutation(() => apiPost<z.infer<typeof readAllSchema>>('/notifications/read-all'));
}
