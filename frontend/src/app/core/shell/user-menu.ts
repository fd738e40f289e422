import { ChangeDetectionStrategy, Component, Injector, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import { AuthService, ROLES, SIGN_IN_PATH, type Membership } from '../auth';
import { I18nService, TranslatePipe, type TranslationKey } from '../i18n';

interface RoleLine {
  readonly key: string;
  readonly roleKey: TranslationKey;
  readonly scope: string | null;
}

/** Name, roles, password change and the two ways to sign out. */
@Component({
  selector: 'app-user-menu',
  imports: [MatButtonModule, MatDividerModule, MatIconModule, MatMenuModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      class="trigger"
      data-testid="user-menu"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'userMenu.label' | t: { name: auth.name() }"
    >
      <mat-icon svgIcon="accountCircle" aria-hidden="true" />
      <span class="name">{{ auth.name() }}</span>
      <mat-icon class="caret" svgIcon="arrowDropDown" iconPositionEnd aria-hidden="true" />
    </button>
    <mat-menu #menu="matMenu" xPosition="before" class="app-user-menu">
      <div class="who" data-testid="user-menu-who">
        <p class="who-name">{{ auth.name() }}</p>
        @if (auth.me(); as me) {
          <p class="who-email">{{ me.account.email }}</p>
        }
        <p class="roles-heading">{{ 'userMenu.roles' | t }}</p>
        <ul class="roles" data-testid="user-roles">
          @for (line of roles(); track line.key) {
            <li>
              <span class="role">{{ line.roleKey | t }}</span>
              <span class="scope">{{ line.scope ?? ('userMenu.groupWide' | t) }}</span>
            </li>
          }
        </ul>
      </div>
      <mat-divider />
      <a mat-menu-item routerLink="/change-password" data-testid="change-password">
        <mat-icon svgIcon="key" aria-hidden="true" />
        <span>{{ 'userMenu.changePassword' | t }}</span>
      </a>
      <button mat-menu-item type="button" data-testid="signout" (click)="signOut()">
        <mat-icon svgIcon="logout" aria-hidden="true" />
        <span>{{ 'userMenu.signOut' | t }}</span>
      </button>
      <button mat-menu-item type="button" data-testid="signout-everywhere" (click)="signOutEverywhere()">
        <mat-icon svgIcon="devices" aria-hidden="true" />
        <span>{{ 'userMenu.signOutEverywhere' | t }}</span>
      </button>
    </mat-menu>
  `,
  styles: `
    .trigger {
      max-width: 240px;
    }
    .name {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .caret {
      margin-inline: 0 -4px;
    }
    .who {
      padding: 12px 16px 8px;
      max-width: 320px;
    }
    .who p {
      margin: 0;
    }
    .who-name {
      font: var(--mat-sys-title-medium);
    }
    .who-email {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
      word-break: break-all;
    }
    .roles-heading {
      margin-top: 12px !important;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-medium);
    }
    .roles {
      margin: 4px 0 0;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-body-medium);
    }
    .roles li + li {
      margin-top: 4px;
    }
    .role {
      display: block;
      font-weight: 500;
    }
    .scope {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    @media (max-width: 599.98px) {
      .name {
        display: none;
      }
    }
  `,
})
export class UserMenu {
  protected readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  /** Each membership as "role — company" (or the whole group), in the product's role order. */
  protected readonly roles = computed<RoleLine[]>(() => {
    const me = this.auth.me();
    if (!me) return [];
    const lang = this.i18n.lang();
    const order = (m: Membership) => ROLES.indexOf(m.role);
    return [...me.memberships]
      .sort((a, b) => order(a) - order(b) || (a.companyId === null ? -1 : b.companyId === null ? 1 : 0))
      .map((m) => ({
        key: m.id,
        roleKey: `enums.role.${m.role}` as const,
        scope: m.companyId === null ? null : ((lang === 'en' ? m.companyNameEn : m.companyNameJa) ?? m.companyId),
      }));
  });

  protected async signOut(): Promise<void> {
    await this.auth.signOut(false).catch(() => undefined);
    await this.router.navigate([SIGN_IN_PATH], { queryParams: { reason: 'signedOut' } });
  }

  protected async signOutEverywhere(): Promise<void> {
    // The dialog loads when first needed, not with the app.
    const [{ MatDialog }, { confirmAction }] = await Promise.all([
      import('@angular/material/dialog'),
      import('../../shared/ui/confirm-dialog'),
    ]);
    const confirmed = await confirmAction(this.injector.get(MatDialog), {
      title: 'userMenu.everywhere.title',
      body: 'userMenu.everywhere.body',
      confirm: 'userMenu.everywhere.confirm',
    });
    if (!confirmed) return;
    await this.auth.signOut(true).catch(() => undefined);
    await this.router.navigate([SIGN_IN_PATH], { queryParams: { reason: 'signedOutEverywhere' } });
  }
}
