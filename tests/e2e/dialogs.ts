import type { Page } from "@playwright/test";

/** Every alert, confirm or prompt the page opens from now on (dismissed), for checks that nothing ran. */
export function collectDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}
