/**
 * SLOT for the customer-history panel (issue 6: earlier items across platforms, "contacted before", notes,
 * business hours). The log engineer replaces this component's body; the sidebar already renders it in place
 * with the target post's reference.
 */
import type { PostRef } from './data';

export function CustomerHistory(_props: { customer: PostRef }) {
  return null;
}
