import {
  invitationQuestionRoutes,
  postInvitationQuestionSchema,
  type InvitationQuestionDto,
  type NotificationDto,
  type PostInvitationQuestionInput,
} from '@qs/shared';
import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { call } from '../../../lib/api-client';

export const questionKeys = {
  all: ['invitation-questions'] as const,
  thread: (invitationId: string) => [...questionKeys.all, invitationId] as const,
};

export async function getQuestions(
  invitationId: string,
  signal?: AbortSignal,
): Promise<InvitationQuestionDto[]> {
  const { items } = await call(invitationQuestionRoutes.list, {
    params: { id: invitationId },
    signal,
  });
  return items;
}

export const useInvitationQuestions = (invitationId: string) =>
  useQuery(
    queryOptions({
      queryKey: questionKeys.thread(invitationId),
      queryFn: ({ signal }) => getQuestions(invitationId, signal),
    }),
  );

/** The expert asks (no `replyTo`) or the enterprise answers a question. */
export const usePostQuestion = (invitationId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: PostInvitationQuestionInput) => {
      const { question } = await call(invitationQuestionRoutes.post, {
        params: { id: invitationId },
        body: postInvitationQuestionSchema.parse(input),
      });
      return question;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: questionKeys.thread(invitationId) }),
  });
};

/** A pushed question or answer: the thread it belongs to fetches again. */
export function followQuestionNotice(queryClient: QueryClient, notification: NotificationDto) {
  const { invitationId } = notification.data;
  if (
    (notification.type === 'invitation.question' || notification.type === 'invitation.answer') &&
    typeof invitationId === 'string'
  )
    void queryClient.invalidateQueries({ queryKey: questionKeys.thread(invitationId) });
}
