import { changePassphrase, enrolOfficer, setIdleMinutes } from '../../core/security/auth-officers';
import { setupSecurity } from '../../core/security/auth-setup';
import { lockSession, recover, signIn } from '../../core/security/auth-sign-in';
import { authStatus } from '../../core/security/auth-status';
import type { HandlerGroup } from './types';

export const authHandlers: HandlerGroup<'auth'> = {
  'auth:status': (ctx) => authStatus(ctx),
  'auth:setup': (ctx, input) => setupSecurity(ctx, input),
  'auth:signIn': (ctx, input) => signIn(ctx, input),
  'auth:recover': (ctx, input) => recover(ctx, input),
  'auth:lock': (ctx, input) => {
    lockSession(ctx, input.reason);
    return { ok: true as const };
  },
  'auth:changePassphrase': (ctx, input) => changePassphrase(ctx, input),
  'auth:enrolOfficer': (ctx, input) => enrolOfficer(ctx, input),
  'auth:setIdle': (ctx, input) => setIdleMinutes(ctx, input),
};
