import { creditRoutes, isStaff, type Actor, type CreditSubjectType } from '@qs/shared';
import { authorize } from '../../lib/authorize';
import type { ApiRouter } from '../../lib/http/api-router';
import {
  answerAppeal,
  appealSuspension,
  authorizeSubject,
  authorizeSuspension,
  liftSuspension,
  loadSubject,
  loadSuspension,
  ownSubject,
  presentRecord,
  presentSuspension,
  recordCreditEvent,
  suspend,
  suspensionsInForce,
  type Subject,
} from './credit.service';

/** The expert or organization the path names, which only the bureau and admins act on. */
const managedSubject = (subjectType: CreditSubjectType) => ({
  load: ({ params }: { params: { id: string } }) => loadSubject(subjectType, params.id),
  authorize: ({ actor }: { actor: Actor }, subject: Subject) => {
    authorizeSubject(actor, 'credit:read', subject);
    authorize(actor, 'credit:manage', undefined);
  },
});

export function registerCreditRoutes(api: ApiRouter): void {
  api.pipeline(creditRoutes.mine, {
    load: ({ actor }) => ownSubject(actor),
    authorize: ({ actor }, subject) => {
      if (subject) authorizeSubject(actor, 'credit:read', subject);
    },
    present: async ({ actor }, subject) =>
      subject ? { record: await presentRecord(actor, subject) } : {},
  });

  api.pipeline(creditRoutes.suspensions, {
    authorize: ({ actor }) => authorize(actor, 'credit:manage', undefined),
    command: () => suspensionsInForce(),
    present: (_ctx, items) => ({ items }),
  });

  for (const [route, subjectType] of [
    [creditRoutes.expert, 'expert'],
    [creditRoutes.organization, 'organization'],
  ] as const) {
    api.pipeline(route, {
      load: ({ params }) => loadSubject(subjectType, params.id),
      authorize: ({ actor }, subject) => authorizeSubject(actor, 'credit:read', subject),
      present: async ({ actor }, subject) => ({ record: await presentRecord(actor, subject) }),
    });
  }

  for (const [route, subjectType] of [
    [creditRoutes.recordExpertEvent, 'expert'],
    [creditRoutes.recordOrganizationEvent, 'organization'],
  ] as const) {
    api.pipeline(route, {
      ...managedSubject(subjectType),
      command: ({ actor, body }, subject) => recordCreditEvent(actor, subject, body),
      present: (_ctx, event) => ({ event }),
    });
  }

  for (const [route, subjectType] of [
    [creditRoutes.suspendExpert, 'expert'],
    [creditRoutes.suspendOrganization, 'organization'],
  ] as const) {
    api.pipeline(route, {
      ...managedSubject(subjectType),
      command: ({ actor, body }, subject) => suspend(actor, subject, body),
      present: ({ actor }, record) => ({ suspension: presentSuspension(record, isStaff(actor)) }),
    });
  }

  api.pipeline(creditRoutes.lift, {
    load: ({ params }) => loadSuspension(params.id),
    authorize: ({ actor }, record) => authorizeSuspension(actor, 'credit:manage', record),
    command: ({ actor, body }, record) => liftSuspension(actor, record, body),
    present: (_ctx, record) => ({ suspension: presentSuspension(record, true) }),
  });

  api.pipeline(creditRoutes.appeal, {
    load: ({ params }) => loadSuspension(params.id),
    authorize: ({ actor }, record) => authorizeSuspension(actor, 'credit:appeal', record),
    command: ({ actor, body }, record) => appealSuspension(actor, record, body),
    present: (_ctx, record) => ({ suspension: presentSuspension(record, false) }),
  });

  api.pipeline(creditRoutes.answer, {
    load: ({ params }) => loadSuspension(params.id),
    authorize: ({ actor }, record) => authorizeSuspension(actor, 'credit:manage', record),
    command: ({ actor, body }, record) => answerAppeal(actor, record, body),
    present: (_ctx, record) => ({ suspension: presentSuspension(record, true) }),
  });
}
