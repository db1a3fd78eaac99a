import { expect, type Locator } from "@playwright/test";

/**
 * Types an option's label into a searchable antd select and presses Enter, as a keyboard user would.
 * Enter takes the active option, so first wait until that is the typed one: antd activates the current
 * value (or the first option) on opening and the first match only once the filter has been applied, and
 * on a busy machine an early Enter took the wrong one.
 */
export async function chooseByTyping(select: Locator, label: string): Promise<void> {
  await select.fill(label);
  await expect
    .poll(async () => {
      const active = await select.getAttribute("aria-activedescendant");
      return active ? select.page().locator(`[id="${active}"]`).getAttribute("aria-label") : null;
    })
    .toBe(label);
  await select.press("Enter");
}
