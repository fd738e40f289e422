import { computed, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import type { Observable } from 'rxjs';

interface StateQuery {
  limit?: number;
  companyId?: string;
  state?: string;
}

/**
 * The state of a dashboard list page (the lists behind the figures): `companyId` and `state` from the
 * address, so a figure's link lands on exactly its list; the list itself; and the switch between states
 * ('all' clears it). Call it in a field initialiser.
 */
export function stateList<Q extends StateQuery, P extends { items: unknown[]; total: number }>(
  load: (query: Q) => Observable<P>,
) {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const params = toSignal(route.queryParams, { initialValue: route.snapshot.queryParams });
  const state = computed(() => (params()['state'] as Q['state']) ?? null);
  const query = computed(() => {
    const q = { limit: 200 } as Q;
    const companyId = params()['companyId'] as string | undefined;
    if (companyId) q.companyId = companyId;
    const s = state();
    if (s) q.state = s;
    return q;
  });
  const list = rxResource({ params: () => query(), stream: ({ params }) => load(params) });
  return {
    state,
    list,
    rows: computed(() => (list.hasValue() ? (list.value().items as P['items']) : [])),
    total: computed(() => (list.hasValue() ? list.value().total : 0)),
    filter(value: string): void {
      void router.navigate([], {
        queryParams: { state: value === 'all' ? null : value },
        queryParamsHandling: 'merge',
      });
    },
  };
}
