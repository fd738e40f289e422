import { Injectable, computed, signal } from '@angular/core';
import type { TranslationKey } from '../i18n';

/** Counts the work in flight (HTTP requests) and says what it is, for the global loading indicator. */
@Injectable({ providedIn: 'root' })
export class LoadingService {
  private readonly tasks = signal<readonly { id: number; label: TranslationKey }[]>([]);
  private nextId = 0;

  readonly pending = computed(() => this.tasks().length);
  readonly active = computed(() => this.pending() > 0);
  /** What the most recent task in flight is doing, in words for the user. */
  readonly label = computed<TranslationKey>(() => this.tasks().at(-1)?.label ?? 'loading.slow');

  /** Registers one task; call the returned function exactly once when it ends (success or failure). */
  begin(label: TranslationKey = 'loading.slow'): () => void {
    const id = this.nextId++;
    this.tasks.update((tasks) => [...tasks, { id, label }]);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.tasks.update((tasks) => tasks.filter((task) => task.id !== id));
    };
  }
}
