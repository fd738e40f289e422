import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

bootstrapApplication(App, appConfig).catch((error: unknown) => {
  // The page cannot start: say so on it, since there is no app to show a message.
  document.body.textContent = `守り Mamori could not start / 起動できませんでした: ${String(error)}`;
});
