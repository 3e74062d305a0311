import { describe, expect, it } from 'vitest';

// eslint-disable-next-line no-restricted-imports -- the API's contract (docs/api) lives outside src; the kinds are checked against it
import openapi from '../../../../../docs/api/openapi.json';

import { NOTIFICATION_KINDS } from '@/features/notifications/api/get-notifications';

describe('NOTIFICATION_KINDS', () => {
  it('lists every kind of the API, so that the filter and the e-mail preferences offer each one', () => {
    expect([...NOTIFICATION_KINDS]).toEqual(openapi.components.schemas.NotificationKind.enum);
  });
});
