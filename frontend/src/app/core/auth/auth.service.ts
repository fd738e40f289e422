import { HttpContext, HttpContextToken } from '@angular/common/http';
import { DOCUMENT, Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ApiClient } from '../api';
import { ApiProblem } from '../errors/api-problem';
import { I18nService, type Lang } from '../i18n';
import { can, displayName, type Me, type Permission } from './permissions';

/**
 * Set on the session layer's own calls (`/me`, sign-in, sign-out): their 401 is an answer ("not
 * signed in", "wrong password"), not a session that ended under the user's feet.
 */
export const SESSION_REQUEST = new HttpContextToken<boolean>(() => false);

/** The cookie the API sets for the CSRF defence; HttpClient sends its value back as `X-XSRF-TOKEN`. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
/** The header the API checks on POST, PUT, PATCH and DELETE (else 403 CSRF_TOKEN_INVALID). */
export const XSRF_HEADER = 'X-XSRF-TOKEN';

const sessionContext = () => new HttpContext().set(SESSION_REQUEST, true);

/**
 * Who is signed in. `me` is loaded once at start (`ensureLoaded`, called by the route guards) and
 * replaced on sign-in, password change and sign-out. Screens read the signals; the server decides
 * again on every request.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(ApiClient);
  private readonly document = inject(DOCUMENT);
  private readonly i18n = inject(I18nService);
  /** undefined: not asked yet (or the server could not be reached); null: nobody is signed in. */
  private readonly state = signal<Me | null | undefined>(undefined);
  private pending?: Promise<Me | null>;

  readonly me = computed(() => this.state() ?? null);
  readonly signedIn = computed(() => !!this.state());
  readonly mustChangePassword = computed(() => this.state()?.account.mustChangePassword ?? false);
  readonly name = computed(() => {
    const me = this.state();
    return me ? displayName(me) : '';
  });

  /** The answer of `GET /api/v1/me`, asked once; null when nobody is signed in. Other failures reject. */
  ensureLoaded(): Promise<Me | null> {
    const known = this.state();
    if (known !== undefined) return Promise.resolve(known);
    return (this.pending ??= this.load().finally(() => (this.pending = undefined)));
  }

  /** Asks the server again (after a change that affects the caller, e.g. a new password). */
  refresh(): Promise<Me | null> {
    this.pending = undefined;
    this.state.set(undefined);
    return this.ensureLoaded();
  }

  async signIn(email: string, password: string): Promise<Me> {
    await this.ensureCsrfToken();
    const me = await firstValueFrom(
      this.api.post('/api/v1/auth/login', {
        body: { email, password },
        silent: true,
        context: sessionContext(),
        loadingLabel: 'auth.signIn.signingIn',
      }),
    );
    this.accept(me);
    return me;
  }

  /** Ends this browser's session, or every session of the account. The local state is cleared either way. */
  async signOut(everywhere = false): Promise<void> {
    try {
      await this.ensureCsrfToken();
      const options = { silent: true, context: sessionContext() } as const;
      await firstValueFrom(
        everywhere ? this.api.post('/api/v1/auth/logout-all', options) : this.api.post('/api/v1/auth/logout', options),
      );
    } catch (error) {
      // A session that has already ended is as signed out as it gets.
      if (!(error instanceof ApiProblem && error.status === 401)) throw error;
    } finally {
      this.clear();
    }
  }

  /** Changes the own password; the server ends the account's other sessions. Field errors reject as ApiProblem. */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await firstValueFrom(
      this.api.post('/api/v1/auth/password', { body: { currentPassword, newPassword }, silent: true }),
    );
    await this.refresh();
  }

  /** Keeps the language choice with the account, so it follows the person to other devices. */
  saveLanguage(language: Lang): void {
    const me = this.state();
    if (!me || me.account.language === language || me.account.mustChangePassword) return;
    this.api.patch('/api/v1/me', { body: { language }, silent: true, background: true }).subscribe({
      next: (updated) => this.state.set(updated),
      error: () => undefined,
    });
  }

  /** Forgets the caller (the session ended on the server, or they signed out). */
  clear(): void {
    this.pending = undefined;
    this.state.set(null);
  }

  /** Whether the caller holds `permission` (see `can` for what `companyId` means). */
  can(permission: Permission, companyId?: string | null): boolean {
    return can(this.me(), permission, companyId);
  }

  private async load(): Promise<Me | null> {
    try {
      const me = await firstValueFrom(this.api.get('/api/v1/me', { silent: true, context: sessionContext() }));
      this.accept(me);
      return me;
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 401) {
        this.state.set(null);
        return null;
      }
      throw error;
    }
  }

  private accept(me: Me): void {
    this.state.set(me);
    // The account's language applies unless the person chose one on this device.
    if (!this.i18n.hasSavedChoice()) this.i18n.use(me.account.language);
  }

  /**
   * Unsafe requests need the XSRF-TOKEN cookie's value in a header. Any answer from the API sets the
   * cookie; before the very first request of a visit, ask for it explicitly.
   */
  private async ensureCsrfToken(): Promise<void> {
    const cookies = this.document.cookie.split(';').map((part) => part.trim());
    if (cookies.some((part) => part.startsWith(`${XSRF_COOKIE}=`) && part.length > XSRF_COOKIE.length + 1)) return;
    await firstValueFrom(
      this.api.get('/api/v1/auth/csrf', { silent: true, background: true, context: sessionContext() }),
    );
  }
}
