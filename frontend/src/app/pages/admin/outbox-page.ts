import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSnackBar } from '@angular/material/snack-bar';
import { I18nService, TranslatePipe, type TranslationKey } from '../../core/i18n';
import { AdminData, Mail, MailDetail, MailStatus, OutboxSummary } from './admin.data';

const STATUSES: MailStatus[] = ['pending', 'retrying', 'failed', 'sent'];

/** Every mail sent or waiting; without SMTP the place where a new installation reads its mail. */
@Component({
  selector: 'app-outbox-page',
  imports: [MatButtonModule, MatButtonToggleModule, MatPaginatorModule, TranslatePipe],
  templateUrl: './outbox-page.html',
  styleUrl: './admin.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxPage {
  private readonly data = inject(AdminData);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly i18n = inject(I18nService);
  protected readonly statuses = STATUSES;
  protected readonly summary = signal<OutboxSummary | null>(null);
  protected readonly mails = signal<Mail[]>([]);
  protected readonly total = signal(0);
  protected readonly loaded = signal(false);
  protected readonly status = signal<MailStatus | ''>('');
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(50);
  protected readonly selected = signal<MailDetail | null>(null);
  protected readonly rows = computed(() =>
    this.mails().map((mail) => ({ mail, createdAt: this.i18n.formatDateTime(mail.createdAt) })),
  );

  constructor() {
    this.load();
  }

  protected stateKey(status: MailStatus): TranslationKey {
    return `admin.outbox.state.${status}`;
  }

  protected load(): void {
    this.data.outboxSummary().subscribe((s) => this.summary.set(s));
    this.data
      .outbox({
        limit: this.pageSize(),
        offset: this.pageIndex() * this.pageSize(),
        status: this.status() || undefined,
      })
      .subscribe((page) => {
        this.mails.set(page.items);
        this.total.set(page.total);
        this.loaded.set(true);
      });
  }

  protected filter(value: MailStatus | ''): void {
    this.status.set(value);
    this.pageIndex.set(0);
    this.load();
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    this.load();
  }

  protected show(mail: Mail): void {
    this.data.mail(mail.id).subscribe((detail) => this.selected.set(detail));
  }

  protected retry(mail: Mail): void {
    this.data.retry(mail.id).subscribe(() => {
      this.snackBar.open(this.i18n.t('admin.outbox.retried'), undefined, { duration: 3000 });
      this.load();
    });
  }
}
