import fc from 'fast-check';
import { newStats, runSession, sessionArb } from './simulation';

describe('store: property — random editing sessions lose nothing and never mis-anchor', function () {
  this.timeout(120000);
  it('every annotation stays anchored on text equal to its quote, or orphaned; none disappears (300 sessions)', () => {
    const stats = newStats();
    fc.assert(fc.property(sessionArb, (session) => runSession(session, stats)), { numRuns: 300 });
    console.log(`      ${stats.steps} steps, ${stats.orphansArisen} orphans arose, ${stats.lost} lost`);
  });
});
