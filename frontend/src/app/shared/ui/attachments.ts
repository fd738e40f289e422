import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { I18nService, TranslatePipe, formatDateTime, formatNumber } from '../../core/i18n';

/** An attachment as every domain's attachment routes return it (the platform's AttachmentDto). */
export interface AttachmentItem {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

export const ATTACHMENT_LIMIT_BYTES = 20 * 1024 * 1024;

/** `12.3 MB`, `840 KB`, `512 B`. */
export function formatBytes(bytes: number, lang: 'ja' | 'en'): string {
  if (bytes < 1024) return `${formatNumber(bytes, lang)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024), lang)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The files attached to one record. `url` is the record's attachments collection
 * (`GET` lists, `POST ?fileName=` uploads the raw file, `GET url/:id` downloads), so a domain only
 * names its route; permissions stay with the domain's routes. Errors (415 FILE_TYPE_NOT_ALLOWED, 413)
 * show through the app's problem handling.
 */
@Component({
  selector: 'app-attachments',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="attachments" [attr.aria-labelledby]="headingId">
      <div class="head">
        <h3 [id]="headingId">{{ 'attachments.heading' | t }}</h3>
        @if (canUpload()) {
          <input #file type="file" class="file" (change)="upload(file)" [attr.aria-label]="'attachments.add' | t" />
          <button mat-stroked-button type="button" (click)="file.click()" [disabled]="uploading()">
            <mat-icon svgIcon="attachFile" aria-hidden="true" />{{ 'attachments.add' | t }}
          </button>
        }
      </div>
      @if (canUpload()) {
        <p class="hint">{{ 'attachments.hint' | t }}</p>
      }
      @if (uploading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'attachments.uploading' | t" />
      }
      @if (items().length) {
        <ul class="list">
          @for (item of items(); track item.id) {
            <li>
              <mat-icon svgIcon="attachFile" aria-hidden="true" />
              <a
                [href]="url() + '/' + item.id"
                download
                [attr.aria-label]="i18n.t('attachments.download', { name: item.fileName })"
                >{{ item.fileName }}</a
              >
              <span class="meta">{{ meta(item) }}</span>
            </li>
          }
        </ul>
      } @else if (loaded()) {
        <p class="empty">{{ 'attachments.empty' | t }}</p>
      }
    </section>
  `,
  styles: `
    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
    }
    h3 {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
    .file {
      display: none;
    }
    .hint,
    .empty,
    .meta {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .list {
      list-style: none;
      margin: 8px 0 0;
      padding: 0;
    }
    li {
      display: flex;
      align-items: center;
      flex-wrap: wrap;
      gap: 4px 8px;
      padding: 6px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    li mat-icon {
      width: 18px;
      height: 18px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class Attachments {
  protected readonly i18n = inject(I18nService);
  private readonly http = inject(HttpClient);
  private readonly snackBar = inject(MatSnackBar);

  /** The record's attachments collection, e.g. `/api/v1/incidents/<id>/attachments`. */
  readonly url = input.required<string>();
  readonly canUpload = input(false);
  /** After a file was stored (a course publishes it as its next version, say). */
  readonly uploaded = output<AttachmentItem>();

  protected readonly items = signal<AttachmentItem[]>([]);
  protected readonly loaded = signal(false);
  protected readonly uploading = signal(false);
  protected readonly headingId = `attachments-${Math.random().toString(36).slice(2, 8)}`;
  private readonly lang = computed(() => this.i18n.lang());

  constructor() {
    effect(() => this.load(this.url()));
  }

  protected meta(item: AttachmentItem): string {
    return this.i18n.t('attachments.meta', {
      size: formatBytes(item.sizeBytes, this.lang()),
      date: formatDateTime(item.createdAt, this.lang()),
    });
  }

  protected upload(input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > ATTACHMENT_LIMIT_BYTES) {
      this.snackBar.open(this.i18n.t('attachments.tooLarge', { name: file.name }), this.i18n.t('errors.dismiss'), {
        duration: 6000,
      });
      return;
    }
    this.uploading.set(true);
    this.http
      .post<AttachmentItem>(this.url(), file, {
        params: new HttpParams().set('fileName', file.name),
        headers: new HttpHeaders({ 'content-type': 'application/octet-stream' }),
      })
      .subscribe({
        next: (created) => {
          this.uploading.set(false);
          this.items.update((list) => [...list, created]);
          this.uploaded.emit(created);
          this.snackBar.open(
            this.i18n.t('attachments.uploaded', { name: created.fileName }),
            this.i18n.t('errors.dismiss'),
            {
              duration: 4000,
            },
          );
        },
        error: () => this.uploading.set(false),
      });
  }

  private load(url: string): void {
    this.http.get<AttachmentItem[]>(url).subscribe((list) => {
      this.items.set(list);
      this.loaded.set(true);
    });
  }
}
